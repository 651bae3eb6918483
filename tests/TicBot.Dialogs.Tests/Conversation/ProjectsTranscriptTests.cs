using TicBot.BotKit.Schema;
using TicBot.Dialogs.Projects;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using static TicBot.Dialogs.Tests.Conversation.ConversationHarness;

namespace TicBot.Dialogs.Tests.Conversation;

/// <summary>Several projects in one place: listed, created, switched, and every card acting on the project it was drawn for.</summary>
public sealed class ProjectsTranscriptTests
{
    private static readonly ProjectPlace Mine = new(ProjectPlaceKind.Personal, "user-1", "msteams");
    private readonly ConversationHarness _harness = new();

    [Fact]
    public async Task TwoProjects_InOnePersonalChat_AreListedAndTheMemberSwitches()
    {
        var ct = TestContext.Current.CancellationToken;
        await _harness.CreateProjectAsync(Mine, "user-1", ct, "Portail famille");
        Activity? list = null;

        await _harness.Flow(_harness.Adapter(Personal()))
            .Send("nouveau projet")
            .AssertReplyContains("quel est le nom de votre projet")
            .Send("Cantine en ligne")
            .AssertReply(a => CardText(a).StartsWith("Quel type de structure", StringComparison.Ordinal), "the kinds")
            .Send("mairie")
            .AssertReplyContains("le projet « Cantine en ligne » est créé")
            .AssertReply(a => PlainText(a).StartsWith("Synthèse du projet « Cantine en ligne »", StringComparison.Ordinal), "the new project's summary")
            .Send("mes projets")
            .AssertReply(a =>
            {
                list = a;
                Assert.StartsWith("Vos projets", CardText(a), StringComparison.Ordinal);
                Assert.Contains("Cantine en ligne (projet en cours)", PlainText(a), StringComparison.Ordinal);
                Assert.Contains("Portail famille |", PlainText(a), StringComparison.Ordinal);
            })
            .Send(() => CardActions.Submit(CardActions.Button(list!, "Ouvrir « Portail famille »"), "list"))
            .AssertReply("« Portail famille » est désormais votre projet en cours dans cette conversation ; vos collègues gardent chacun le leur.")
            .AssertReply(a => PlainText(a).StartsWith("Synthèse du projet « Portail famille »", StringComparison.Ordinal), "the summary of the project opened")
            .Send("résumé")
            .AssertReply(a => PlainText(a).StartsWith("Synthèse du projet « Portail famille »", StringComparison.Ordinal), "typed requests follow the switch")
            .AssertNoReply()
            .StartTestAsync(ct);

        Assert.Equal(2, (await Store().ListAsync(Mine, ct)).Count);
    }

    [Fact]
    public async Task CardDrawnForOneProject_ClickedAfterASwitch_ActsOnThatProjectNotTheCurrentOne()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await _harness.CreateProjectAsync(Mine, "user-1", ct, "Portail famille");
        var second = await _harness.CreateProjectAsync(Mine, "user-1", ct, "Cantine en ligne");
        var adapter = _harness.Adapter(Personal());
        Activity? checklist = null;
        Activity? list = null;

        await _harness.Flow(adapter)
            .Send("mes projets").AssertReply(a => list = a)
            .Send(() => CardActions.Submit(CardActions.Button(list!, "Ouvrir « Portail famille »"), "list"))
            .AssertReplyContains("« Portail famille » est désormais votre projet en cours").AssertReply(_ => { })
            .Send("communication").AssertReply(a => checklist = a)
            .Send(() => CardActions.Submit(CardActions.Button(list!, "Ouvrir « Cantine en ligne »"), "list"))
            .AssertReplyContains("« Cantine en ligne » est désormais votre projet en cours").AssertReply(_ => { })
            .Send(() => CardActions.Execute(Ticked(CardActions.Button(checklist!, "Enregistrer"), "communication.launch-campaign")))
            .AssertNoReply()
            .StartTestAsync(ct);

        Assert.True((await _harness.ProjectAsync(Mine, ct, first.Id))!.IsTicked(ChecklistIds.Communication, "communication.launch-campaign"));
        Assert.False((await _harness.ProjectAsync(Mine, ct, second.Id))!.IsTicked(ChecklistIds.Communication, "communication.launch-campaign"));
        var saved = Assert.Single(adapter.InvokeResponses)!.Body!.Value.GetProperty("value");
        Assert.StartsWith("Projet «\u00A0Portail famille\u00A0»", saved.GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardPostedBeforeProjectsHadIds_ActsOnTheOnlyProject_OrAsksToReopenIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var only = await _harness.CreateProjectAsync(Mine, "user-1", ct);
        var oldCard = CardActions.Save(ChecklistIds.Security, ["security.traceability"], ticked: ["security.traceability"], was: []);

        await _harness.Flow(_harness.Adapter(Personal()))
            .Send(CardActions.Execute(oldCard)).AssertNoReply()
            .StartTestAsync(ct);
        Assert.True((await _harness.ProjectAsync(Mine, ct, only.Id))!.IsTicked(ChecklistIds.Security, "security.traceability"));

        await _harness.CreateProjectAsync(Mine, "user-1", ct, "Cantine en ligne");
        await _harness.Flow(_harness.Adapter(Personal()))
            .Send(CardActions.Submit(CardActions.Save(ChecklistIds.Security, ["security.mfa"], ticked: ["security.mfa"], was: []), "old-card"))
            .AssertReply("Cette carte date d’avant que plusieurs projets puissent être suivis ici : rouvrez-la depuis « mes projets » pour qu’elle s’applique au bon projet.")
            .StartTestAsync(ct);
        Assert.All(await Store().ListAsync(Mine, ct), p => Assert.False(p.IsTicked(ChecklistIds.Security, "security.mfa")));
    }

    [Fact]
    public async Task SeveralProjectsAndNoneChosen_TypedRequest_AsksToChooseFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        await _harness.CreateProjectAsync(Mine, "user-1", ct, "Portail famille");
        await _harness.CreateProjectAsync(Mine, "user-1", ct, "Cantine en ligne");

        await _harness.Flow(_harness.Adapter(Personal()))
            .Send("résumé")
            .AssertReply("Plusieurs projets sont suivis dans cette conversation : choisissez d’abord celui sur lequel vous travaillez.")
            .AssertReply(a => CardText(a).StartsWith("Vos projets", StringComparison.Ordinal), "the list to choose from")
            .StartTestAsync(ct);
    }

    [Theory]
    [InlineData("fr-FR", "{\"action\":\"expectations.show\",\"v\":1,\"page\":0}", "« Recueil des attentes » sera bientôt disponible")]
    [InlineData("fr-FR", "{\"action\":\"plan.show\",\"v\":1,\"page\":0}", "« Planification » sera bientôt disponible")]
    [InlineData("fr-FR", "{\"action\":\"prompt.choice\",\"v\":1,\"choice\":\"2\"}", "Ce bouton répond à une question précédente")]
    [InlineData("en-US", "{\"action\":\"prompt.choice\",\"v\":1,\"choice\":\"2\"}", "This button answers an earlier question")]
    public async Task EveryAction_ByExecute_GetsItsOwnAnswer(string locale, string data, string expected)
    {
        var adapter = _harness.Adapter(Personal(), locale);

        await _harness.Flow(adapter)
            .Send(CardActions.Execute(System.Text.Json.JsonDocument.Parse(data).RootElement))
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        var said = Assert.Single(adapter.InvokeResponses)!.Body!.Value.GetProperty("value").GetString();
        Assert.Contains(expected, said, StringComparison.Ordinal);
        Assert.DoesNotContain("Rappels", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AutomaticRefresh_OfAnythingButAShowAction_DoesNothingAndPostsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var project = await _harness.CreateProjectAsync(Mine, "user-1", ct);
        var adapter = _harness.Adapter(Personal());
        var archive = CardActions.Execute(System.Text.Json.JsonDocument.Parse($$"""{"action":"project.manage","v":1,"op":"archive","p":"{{project.Id}}"}""").RootElement);
        var refresh = System.Text.Json.Nodes.JsonNode.Parse(archive.Value!.Value.GetRawText())!.AsObject();
        refresh["trigger"] = "automatic";
        archive.Value = System.Text.Json.JsonSerializer.SerializeToElement(refresh);

        await _harness.Flow(adapter).Send(archive).AssertNoReply().StartTestAsync(ct);

        Assert.False((await _harness.ProjectAsync(Mine, ct, project.Id))!.IsArchived);
        Assert.Single(adapter.InvokeResponses);
    }

    private ProjectStore Store() => (ProjectStore)_harness.Services.GetService(typeof(ProjectStore))!;

    /// <summary>A checklist's Save data with <paramref name="item"/>'s toggle switched on, as the client merges it.</summary>
    private static System.Text.Json.JsonElement Ticked(System.Text.Json.JsonElement data, string item)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(data.GetRawText())!.AsObject();
        foreach (var id in node["items"]!.AsArray())
        {
            node["tick." + id!.GetValue<string>()] = id.GetValue<string>() == item ? "true" : "false";
        }

        return System.Text.Json.JsonSerializer.SerializeToElement(node);
    }
}
