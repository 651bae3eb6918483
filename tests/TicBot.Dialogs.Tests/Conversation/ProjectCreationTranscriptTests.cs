using TicBot.Dialogs.Projects;
using TicBot.Methodology.Projects;
using static TicBot.Dialogs.Tests.Conversation.ConversationHarness;

namespace TicBot.Dialogs.Tests.Conversation;

/// <summary>The first request that needs a project creates it, then is answered.</summary>
public sealed class ProjectCreationTranscriptTests
{
    private readonly ConversationHarness _harness = new();

    [Fact]
    public async Task Checklist_NoProjectYet_AsksNameAndKindThenOpensTheChecklist()
    {
        var reference = Personal();

        await _harness.Flow(_harness.Adapter(reference))
            .Send("checklist sécurité")
            .AssertReplyContains("quel est le nom de votre projet")
            .Send("PF")
            .AssertReply("Votre réponse doit compter au moins 3 caractères.")
            .AssertReplyContains("de 3 à 80 caractères")
            .Send("Portail famille")
            .AssertReply(a => CardText(a).StartsWith("Quel type de structure porte le projet ?", StringComparison.Ordinal) && CardText(a).Contains("Établissement public", StringComparison.Ordinal), "the kinds as buttons")
            .Send("mairie")
            .AssertReply("C’est noté : le projet « Portail famille » est créé. Il vous est personnel ; vous le retrouverez ici à chaque visite, et dans « mes projets » avec vos autres projets.")
            .AssertReply(a => CardText(a).StartsWith("Projet «\u00A0Portail famille\u00A0» | La sécurité dès la phase de conception", StringComparison.Ordinal), "the security checklist")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        var project = await _harness.ProjectAsync(new ProjectPlace(ProjectPlaceKind.Personal, "user-1", "msteams"), TestContext.Current.CancellationToken);
        Assert.NotNull(project);
        Assert.Equal(CollectiviteKind.Commune, project.Profile.Kind);
        Assert.Equal("user-1", project.OwnerId);
        Assert.Equal(HistoryAction.ProjectCreated, project.History[0].Action);
    }

    [Fact]
    public async Task Creation_InEnglish_AsksInEnglish()
    {
        await _harness.Flow(_harness.Adapter(Personal(), "en-US"))
            .Send("summary")
            .AssertReplyContains("what is your project called?")
            .Send("Family portal")
            .AssertReply(a => CardText(a).StartsWith("What kind of public body runs the project?", StringComparison.Ordinal), "the kinds as buttons")
            .Send("2")
            .AssertReplyContains("Done: the project \"Family portal\" is created.")
            .AssertReply(a => CardText(a).StartsWith("Project summary: Family portal", StringComparison.Ordinal), "the summary card")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Creation_Cancelled_CreatesNothing()
    {
        await _harness.Flow(_harness.Adapter(Personal()))
            .Send("résumé")
            .AssertReplyContains("quel est le nom de votre projet")
            .Send("annuler")
            .AssertReply("C'est annulé.")
            .Send("menu")
            .AssertReply(a => CardText(a).StartsWith("Menu principal", StringComparison.Ordinal), "the menu card")
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Null(await _harness.ProjectAsync(new ProjectPlace(ProjectPlaceKind.Personal, "user-1", "msteams"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Creation_HelpDuringAQuestion_ExplainsAndAsksAgain()
    {
        await _harness.Flow(_harness.Adapter(Personal()))
            .Send("checklist")
            .AssertReplyContains("quel est le nom de votre projet")
            .Send("aide")
            .AssertReplyContains("Le nom sert à retrouver le projet")
            .AssertReplyContains("quel est le nom de votre projet")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Creation_KindChosenByCardButton_IsTheOptionOfThatNumber()
    {
        await _harness.Flow(_harness.Adapter(Personal()))
            .Send("résumé")
            .AssertReplyContains("quel est le nom de votre projet")
            .Send("Guichet unique")
            .AssertReply(a => a.Attachments is { Count: 1 }, "the kinds as buttons")
            .Click(CardActions.Submit(System.Text.Json.JsonDocument.Parse("""{"action":"prompt.choice","v":1,"choice":"2"}""").RootElement, replyToId: "kinds"))
            .AssertReplyContains("le projet « Guichet unique » est créé")
            .AssertReply(a => a.Attachments is { Count: 1 }, "the summary card")
            .StartTestAsync(TestContext.Current.CancellationToken);

        var project = await _harness.ProjectAsync(new ProjectPlace(ProjectPlaceKind.Personal, "user-1", "msteams"), TestContext.Current.CancellationToken);
        Assert.Equal(CollectiviteKind.Intercommunalite, project!.Profile.Kind);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("abc")]
    public async Task Creation_ForgedChoiceButton_IsRefusedOrAskedAgain(string choice)
    {
        await _harness.Flow(_harness.Adapter(Personal()))
            .Send("résumé")
            .AssertReplyContains("quel est le nom de votre projet")
            .Send("Guichet unique")
            .AssertReply(a => a.Attachments is { Count: 1 }, "the kinds as buttons")
            .Click(CardActions.Submit(System.Text.Json.JsonDocument.Parse($$"""{"action":"prompt.choice","v":1,"choice":"{{choice}}"}""").RootElement, replyToId: "kinds"))
            .AssertReply(a => a.Text is { Length: > 0 } && !a.Text.Contains("est créé", StringComparison.Ordinal), "a refusal, no project")
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Null(await _harness.ProjectAsync(new ProjectPlace(ProjectPlaceKind.Personal, "user-1", "msteams"), TestContext.Current.CancellationToken));
    }
}
