using System.Text.Json;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Storage;
using TicBot.Cards.Actions;
using TicBot.Dialogs.Projects;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using static TicBot.Dialogs.Tests.Conversation.ConversationHarness;
using static TicBot.Dialogs.Tests.Conversation.ProjectManagementTranscriptTests;

namespace TicBot.Dialogs.Tests.Conversation;

/// <summary>
/// Group chats and channel threads: each member holds their own conversation with TicBot (the projects stay shared),
/// questions are asked with cards, and a card answers only the question it was asked for.
/// </summary>
public sealed class SharedPlaceDialogTests
{
    private static readonly ProjectPlace Team = new(ProjectPlaceKind.Team, "19:team@thread.tacv2", "msteams");
    private readonly ConversationHarness _harness = new();

    [Fact]
    public async Task TwoMembersInOneThread_RunTwoConversationsAtOnce_EachAnswersOnlyTheirOwnQuestion()
    {
        var ct = TestContext.Current.CancellationToken;
        var existing = await _harness.CreateProjectAsync(Team, "29:bob", ct);
        var alice = _harness.Adapter(TeamThread("29:alice", "Alice Martin"));
        var bob = _harness.Adapter(TeamThread("29:bob", "Bob Leroy"));

        await _harness.Flow(alice)
            .Send(Mentioning("nouveau projet"))
            .AssertReply(a => PlainText(a).StartsWith("Pour commencer, quel est le nom de votre projet ?", StringComparison.Ordinal)
                && PlainText(a).Contains("Votre réponse", StringComparison.Ordinal), "the question as a card with an input")
            .StartTestAsync(ct);
        await _harness.Flow(bob)
            .Send(Mentioning("renommer le projet"))
            .AssertReply(a => PlainText(a).StartsWith("Quel nouveau nom donnez-vous au projet « Portail famille » ?", StringComparison.Ordinal), "Bob's own question")
            // Bob clicks Alice's card: it answers a question asked to someone else.
            .Send(() => BotKit.Testing.TestFlow.WithQuestion(InTeam(Answer("Projet de Bob")), alice.LastQuestionId))
            .AssertReply("Ce bouton répond à une question précédente ou posée à une autre personne : il n’a rien changé.")
            .StartTestAsync(ct);
        await _harness.Flow(alice)
            .Click(InTeam(Answer("Cantine en ligne")))
            .AssertReply(a => PlainText(a).StartsWith("Quel type de structure porte le projet ?", StringComparison.Ordinal), "Alice's next question")
            .Click(InTeam(CardActions.Submit(JsonDocument.Parse("""{"action":"prompt.choice","v":1,"choice":"1"}""").RootElement, "kinds")))
            .AssertReplyContains("le projet « Cantine en ligne » est créé")
            .StartTestAsync(ct);
        await _harness.Flow(bob)
            .Click(InTeam(Answer("Portail des familles")))
            .AssertReply("C’est fait : le projet s’appelle désormais « Portail des familles ».")
            .StartTestAsync(ct);

        var projects = await ((ProjectStore)_harness.Services.GetService(typeof(ProjectStore))!).ListAsync(Team, ct);
        Assert.Equal(["Cantine en ligne", "Portail des familles"], projects.Select(p => p.Name).Order());
        Assert.Equal("Portail des familles", projects.Single(p => p.Id == existing.Id).Name);
    }

    [Fact]
    public async Task StackSavedForTheWholeGroupBeforeThisVersion_IsDroppedOnFirstUseWithAnApology()
    {
        var ct = TestContext.Current.CancellationToken;
        var conversation = TeamThread("29:alice", "Alice").Conversation!.Id;
        var shared = JsonDocument.Parse("""{"DialogState":{"dialogStack":[{"id":"main","state":{}},{"id":"project.create","state":{}}]}}""").RootElement;
        await _harness.Storage.WriteAsync([new StorageWrite($"msteams/conversations/{conversation}", shared)], ct);

        await _harness.Flow(_harness.Adapter(TeamThread("29:alice", "Alice")))
            .Send(Mentioning("menu"))
            .AssertReplyContains("chaque membre a désormais son propre échange avec TicBot")
            .AssertReply(a => PlainText(a).StartsWith("Menu principal", StringComparison.Ordinal), "the menu")
            .Send(Mentioning("menu"))
            .AssertReply(a => PlainText(a).StartsWith("Menu principal", StringComparison.Ordinal), "the menu, without the apology again")
            .AssertNoReply()
            .StartTestAsync(ct);

        var left = (await _harness.Storage.ReadAsync([$"msteams/conversations/{conversation}"], ct)).Values.Single().Value;
        Assert.False(left.TryGetProperty("DialogState", out _));
        var profile = (await _harness.Storage.ReadAsync(["msteams/users/29:alice"], ct)).Values.Single().Value;
        Assert.Equal(conversation, profile.GetProperty("member").GetProperty("conversations")[0].GetString());
    }

    [Fact]
    public async Task VersionOneProjectOfATeam_IsShownAndMovedWhenFirstChanged()
    {
        var ct = TestContext.Current.CancellationToken;
        var legacy = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "project-v1.json"))).RootElement;
        await _harness.Storage.WriteAsync([new StorageWrite(Team.LegacyKey, legacy)], ct);
        Activity? summary = null;

        await _harness.Flow(_harness.Adapter(TeamThread("29:alice", "Alice")))
            .Send(Mentioning("résumé"))
            .AssertReply(a =>
            {
                summary = a;
                Assert.StartsWith("Synthèse du projet « Guichet numérique »", PlainText(a), StringComparison.Ordinal);
            })
            .StartTestAsync(ct);
        Assert.Single(await _harness.Storage.ReadAsync([Team.LegacyKey], ct));

        await _harness.Flow(_harness.Adapter(TeamThread("29:alice", "Alice")))
            .Send(InTeam(CardActions.Execute(CardActions.Save(ChecklistIds.Communication, ["communication.launch-campaign"], ticked: ["communication.launch-campaign"], was: []))))
            .StartTestAsync(ct);

        Assert.Empty(await _harness.Storage.ReadAsync([Team.LegacyKey], ct));
        var moved = await _harness.ProjectAsync(Team, ct, Project.FirstProjectId);
        Assert.True(moved!.IsTicked(ChecklistIds.Communication, "communication.launch-campaign"));
        Assert.True(moved.IsTicked(ChecklistIds.Security, "security.mfa"));
        Assert.Contains("\"p\":\"p1\"", summary!.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);
    }

    private static Activity Answer(string text) => CardActions.Submit(
        JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["action"] = CardActionNames.QuestionAnswer, ["v"] = 1, [QuestionAnswerData.InputId] = text }),
        "question");
}
