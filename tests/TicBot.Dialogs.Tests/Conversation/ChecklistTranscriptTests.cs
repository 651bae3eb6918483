using System.Text.Json;
using TicBot.BotKit.Schema;
using TicBot.Dialogs.Projects;
using TicBot.Methodology.Content;
using static TicBot.Dialogs.Tests.Conversation.ConversationHarness;

namespace TicBot.Dialogs.Tests.Conversation;

/// <summary>The six checklists: opened by their words, ticked by Action.Execute or Action.Submit, kept per project.</summary>
public sealed class ChecklistTranscriptTests
{
    private static readonly ProjectPlace Place = new(ProjectPlaceKind.Personal, "user-1", "msteams");
    private readonly ConversationHarness _harness = new();

    [Theory]
    [InlineData("fr-FR", "étapes clés", "Les étapes clés à réussir")]
    [InlineData("fr-FR", "erreurs à éviter", "Les erreurs à ne pas commettre")]
    [InlineData("fr-FR", "checklist sécurité", "La sécurité dès la phase de conception")]
    [InlineData("fr-FR", "organisation", "L’étude d’organisation")]
    [InlineData("fr-FR", "formation", "La formation des agents")]
    [InlineData("fr-FR", "communication", "Communiquer à chaque étape")]
    [InlineData("en-US", "key steps", "Key steps to get right")]
    [InlineData("en-US", "mistakes", "Mistakes to avoid")]
    [InlineData("en-US", "security", "Security from the design phase")]
    [InlineData("en-US", "organisation", "Organisation study")]
    [InlineData("en-US", "training", "Staff training")]
    [InlineData("en-US", "communication", "Communicate at every step")]
    public async Task Checklist_TypedWord_OpensItsCardWithProgress(string locale, string userSays, string title)
    {
        await _harness.CreateProjectAsync(Place, "user-1", TestContext.Current.CancellationToken);

        await _harness.Flow(_harness.Adapter(Personal(), locale))
            .Send(userSays)
            .AssertReply(a => (CardText(a).StartsWith("Projet «\u00A0Portail famille\u00A0» | " + title, StringComparison.Ordinal)
                || CardText(a).StartsWith("Project “Portail famille” | " + title, StringComparison.Ordinal)) && CardText(a).Contains("0/", StringComparison.Ordinal), $"the checklist '{title}' at 0, headed by its project")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Save_ByActionExecute_RefreshesTheCardInPlaceAndPersists()
    {
        await _harness.CreateProjectAsync(Place, "user-1", TestContext.Current.CancellationToken);
        var adapter = _harness.Adapter(Personal());

        await _harness.Flow(adapter)
            .Send(CardActions.Execute(CardActions.Save(ChecklistIds.KeySteps, ["keystep.user-involvement", "keystep.clear-roles"], ticked: ["keystep.user-involvement"], was: [])))
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        var response = Assert.Single(adapter.InvokeResponses);
        Assert.Equal(200, response!.Status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", response.Body!.Value.GetProperty("type").GetString());
        Assert.Contains("1/6", response.Body.Value.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        var project = await _harness.ProjectAsync(Place, TestContext.Current.CancellationToken);
        Assert.True(project!.IsTicked(ChecklistIds.KeySteps, "keystep.user-involvement"));
        Assert.False(project.IsTicked(ChecklistIds.KeySteps, "keystep.clear-roles"));
    }

    [Fact]
    public async Task Save_BySubmitFallback_UpdatesTheOriginalMessage()
    {
        await _harness.CreateProjectAsync(Place, "user-1", TestContext.Current.CancellationToken);
        var adapter = _harness.Adapter(Personal());

        await _harness.Flow(adapter)
            .Send(CardActions.Submit(CardActions.Save(ChecklistIds.Security, ["security.user-access-control"], ticked: ["security.user-access-control"], was: []), replyToId: "card-42"))
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        var update = Assert.Single(adapter.Updates);
        Assert.Equal("card-42", update.Id);
        Assert.Contains("1/9 de la méthode", CardText(update), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_Untick_RemovesTheTickAndRecordsWhoDidIt()
    {
        await _harness.CreateProjectAsync(Place, "user-1", TestContext.Current.CancellationToken);
        var adapter = _harness.Adapter(Personal());
        string[] item = ["mistake.say-not-do"];

        await _harness.Flow(adapter)
            .Send(CardActions.Execute(CardActions.Save(ChecklistIds.Mistakes, item, ticked: item, was: [])))
            .Send(CardActions.Execute(CardActions.Save(ChecklistIds.Mistakes, item, ticked: [], was: item)))
            .StartTestAsync(TestContext.Current.CancellationToken);

        var project = await _harness.ProjectAsync(Place, TestContext.Current.CancellationToken);
        Assert.False(project!.IsTicked(ChecklistIds.Mistakes, "mistake.say-not-do"));
        Assert.Contains(project.History, h => h.Action == Methodology.Projects.HistoryAction.ChecklistItemUnticked && h.ActorId == "user-1");
    }

    [Theory]
    [InlineData("""{"action":"checklist.save","v":0,"checklist":"checklist.security","page":0,"items":[]}""", "n’est plus à jour")]
    [InlineData("""{"action":"project.delete","v":1}""", "Je n’ai pas compris ce bouton")]
    [InlineData("""{"action":"checklist.save","v":1,"checklist":"../../etc","page":0,"items":[]}""", "Je n’ai pas compris ce bouton")]
    [InlineData("""{"action":"checklist.save","v":1,"checklist":"checklist.security","page":-4,"items":[]}""", "Je n’ai pas compris ce bouton")]
    public async Task Submit_TamperedOrStalePayload_IsRefusedPolitelyAndChangesNothing(string data, string expected)
    {
        await _harness.CreateProjectAsync(Place, "user-1", TestContext.Current.CancellationToken);
        var before = (await _harness.ProjectAsync(Place, TestContext.Current.CancellationToken))!.History.Count;

        await _harness.Flow(_harness.Adapter(Personal()))
            .Send(CardActions.Submit(JsonDocument.Parse(data).RootElement, replyToId: "card-1"))
            .AssertReplyContains(expected)
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Equal(before, (await _harness.ProjectAsync(Place, TestContext.Current.CancellationToken))!.History.Count);
    }

    [Fact]
    public async Task Save_ItemNotInTheChecklist_IsIgnoredNeverStored()
    {
        await _harness.CreateProjectAsync(Place, "user-1", TestContext.Current.CancellationToken);

        await _harness.Flow(_harness.Adapter(Personal()))
            .Send(CardActions.Execute(CardActions.Save(ChecklistIds.Training, ["security.user-access-control"], ticked: ["security.user-access-control"], was: [])))
            .StartTestAsync(TestContext.Current.CancellationToken);

        var project = await _harness.ProjectAsync(Place, TestContext.Current.CancellationToken);
        Assert.Empty(project!.ChecklistTicks);
    }

    [Fact]
    public async Task Why_Button_ExplainsTheItemInOneLine()
    {
        await _harness.Flow(_harness.Adapter(Personal()))
            .Send(CardActions.Submit(JsonDocument.Parse("""{"action":"checklist.why","v":1,"item":"training.degraded-mode"}""").RootElement, replyToId: "c"))
            .AssertReply(a => a.Text!.StartsWith("Pourquoi « ", StringComparison.Ordinal) && !a.Text.Contains('\n', StringComparison.Ordinal), "a one-line why")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Progress_AfterTicks_ShowsInTheSummary()
    {
        await _harness.CreateProjectAsync(Place, "user-1", TestContext.Current.CancellationToken);
        var adapter = _harness.Adapter(Personal());

        await _harness.Flow(adapter)
            .Send(CardActions.Execute(CardActions.Save(ChecklistIds.KeySteps, ["keystep.user-involvement", "keystep.clear-roles"], ticked: ["keystep.user-involvement", "keystep.clear-roles"], was: [])))
            .Send("résumé")
            .AssertReply(a => CardText(a).Contains("2/6", StringComparison.Ordinal), "the summary with 2/6")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HealthFlags_SecuritySeedItemsOpen_FlagWithItsActionThenClearedOnceTheSeedsItemsAreTicked()
    {
        await _harness.CreateProjectAsync(Place, "user-1", TestContext.Current.CancellationToken);
        const string flag = "La sécurité n’est pas entièrement prévue";
        string[] seedItems =
        [
            "security.user-access-control", "security.user-strong-auth", "security.agent-workstation", "security.agent-card",
            "security.traceability", "security.attacks", "security.hosted-contract",
        ];

        await _harness.Flow(_harness.Adapter(Personal()))
            .Send("synthèse")
            .AssertReply(a => CardText(a).Contains(flag, StringComparison.Ordinal)
                && CardText(a).Contains("Parcourez la liste", StringComparison.Ordinal), "the security flag and what to do")
            .Send(CardActions.Execute(CardActions.Save(ChecklistIds.Security, ["security.mfa"], ticked: ["security.mfa"], was: [])))
            .Send("synthèse")
            .AssertReply(a => CardText(a).Contains(flag, StringComparison.Ordinal), "an addition ticked alone does not clear the flag")
            .Send(CardActions.Execute(CardActions.Save(ChecklistIds.Security, seedItems, ticked: seedItems, was: [])))
            .Send("résumé")
            .AssertReply(a => !CardText(a).Contains(flag, StringComparison.Ordinal), "the summary without the security flag")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }
}
