using static TicBot.Dialogs.Tests.Conversation.ConversationHarness;

namespace TicBot.Dialogs.Tests.Conversation;

/// <summary>Transcripts of the main menu: what the user types, what TicBot answers.</summary>
public sealed class MainMenuTranscriptTests
{
    private readonly ConversationHarness _harness = new();

    [Theory]
    [InlineData("fr-FR", "menu", "Menu principal")]
    [InlineData("fr-FR", "Bonjour !", "Menu principal")]
    [InlineData("en-US", "menu", "Main menu")]
    [InlineData("en-GB", "hello", "Main menu")]
    public async Task Menu_TypedWord_ShowsTheMenuCard(string locale, string userSays, string heading)
    {
        await _harness.Flow(_harness.Adapter(Personal(), locale))
            .Send(userSays)
            .AssertReply(a => CardText(a).StartsWith(heading, StringComparison.Ordinal), $"the menu card '{heading}'")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("fr-FR", "bientôt disponible")]
    [InlineData("en-US", "coming soon")]
    public async Task Menu_EntriesNotBuiltYet_AreShownAsComingSoon(string locale, string comingSoon)
    {
        await _harness.Flow(_harness.Adapter(Personal(), locale))
            .Send("menu")
            .AssertReply(a => CardText(a).Contains(comingSoon, StringComparison.Ordinal), $"entries marked '{comingSoon}'")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("fr-FR", "aide")]
    [InlineData("fr-FR", "Aide !")]
    [InlineData("en-US", "help")]
    public async Task Help_TypedWord_ShowsTheHelpCard(string locale, string userSays)
    {
        await _harness.Flow(_harness.Adapter(Personal(), locale))
            .Send(userSays)
            .AssertReply(a => a.Attachments is { Count: 1 } && !CardText(a).StartsWith("Menu", StringComparison.Ordinal), "the help card")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("fr-FR", "quelle est la météo à Brest ?", "Je n’ai pas compris votre demande", "Menu principal")]
    [InlineData("en-US", "what's the weather in Brest?", "I did not understand your request", "Main menu")]
    public async Task UnknownText_GetsAShortHelpAndTheMenu_NeverSilence(string locale, string userSays, string help, string menu)
    {
        await _harness.Flow(_harness.Adapter(Personal(), locale))
            .Send(userSays)
            .AssertReplyContains(help)
            .AssertReply(a => CardText(a).StartsWith(menu, StringComparison.Ordinal), "the menu card")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("fr-FR", "besoins", "« Recueil des attentes » sera bientôt disponible")]
    [InlineData("fr-FR", "planning", "« Planification » sera bientôt disponible")]
    [InlineData("en-US", "scenarios", "\"Choice dossier\" is coming soon")]
    [InlineData("en-US", "reminders", "\"Reminders\" is coming soon")]
    public async Task EntryNotBuiltYet_Typed_SaysComingSoonAndShowsTheMenu(string locale, string userSays, string expected)
    {
        await _harness.Flow(_harness.Adapter(Personal(), locale))
            .Send(userSays)
            .AssertReplyContains(expected)
            .AssertReply(a => a.Attachments is { Count: 1 }, "the menu card")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task MenuButton_ChecklistsWithoutProject_CreatesTheProjectThenShowsTheChecklists()
    {
        await _harness.Flow(_harness.Adapter(Personal()))
            .Send(CardActions.Submit(System.Text.Json.JsonDocument.Parse("""{"action":"menu.open","v":1,"entry":"checklists"}""").RootElement, replyToId: "welcome"))
            .AssertReplyContains("Créons d’abord le projet de cette conversation")
            .AssertReplyContains("quel est le nom de votre projet")
            .Send("Portail famille")
            .AssertReply(a => a.Attachments is { Count: 1 }, "the kinds")
            .Send("commune")
            .AssertReplyContains("est créé")
            .AssertReply(a => CardText(a).Contains("Les étapes clés à réussir", StringComparison.Ordinal)
                && CardText(a).Contains("Communiquer à chaque étape", StringComparison.Ordinal), "the six checklists")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("""{"action":"menu.show","v":1}""", "Menu principal")]
    [InlineData("""{"action":"menu.open","v":1,"entry":"help"}""", "")]
    public async Task MenuButton_MenuAndHelp_AnswerWithTheirCard(string data, string heading)
    {
        await _harness.Flow(_harness.Adapter(Personal()))
            .Send(CardActions.Submit(System.Text.Json.JsonDocument.Parse(data).RootElement, replyToId: "card"))
            .AssertReply(a => a.Attachments is { Count: 1 } && CardText(a).StartsWith(heading, StringComparison.Ordinal), "the card")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task MenuButton_EntryNotBuiltYet_SaysComingSoon()
    {
        await _harness.Flow(_harness.Adapter(Personal()))
            .Send(CardActions.Submit(System.Text.Json.JsonDocument.Parse("""{"action":"menu.open","v":1,"entry":"scenarios"}""").RootElement, replyToId: "card"))
            .AssertReplyContains("« Dossier de choix » sera bientôt disponible")
            .AssertReply(a => a.Attachments is { Count: 1 }, "the menu")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }
}
