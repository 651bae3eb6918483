using static TicBot.Dialogs.Tests.Conversation.ConversationHarness;

namespace TicBot.Dialogs.Tests.Conversation;

/// <summary>Transcripts of the main menu: what the user types, what TicBot answers.</summary>
public sealed class MainMenuTranscriptTests
{
    // The help card: its heading, then (among its texts) the words understood at any time, each as a fact's title.
    private const string FrenchHelpCard = "Aide | aide | annuler";
    private const string EnglishHelpCard = "Help | help | cancel";

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
    [InlineData("fr-FR", "aide", FrenchHelpCard)]
    [InlineData("fr-FR", "Aide !", FrenchHelpCard)]
    [InlineData("en-US", "help", EnglishHelpCard)]
    public async Task Help_TypedWord_ShowsTheHelpCard(string locale, string userSays, string helpCard)
    {
        await _harness.Flow(_harness.Adapter(Personal(), locale))
            .Send(userSays)
            .AssertReply(a => IsCard(a, helpCard), "the help card")
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
    [InlineData("""{"action":"menu.open","v":1,"entry":"help"}""", FrenchHelpCard)]
    public async Task MenuButton_MenuAndHelp_AnswerWithTheirCard(string data, string card)
    {
        await _harness.Flow(_harness.Adapter(Personal()))
            .Send(CardActions.Submit(System.Text.Json.JsonDocument.Parse(data).RootElement, replyToId: "card"))
            .AssertReply(a => IsCard(a, card), $"the card '{card}'")
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

    /// <summary>
    /// One card whose first text is the heading <c>"Heading"</c>; with <c>"Heading | a | b"</c>, its texts also hold
    /// a, b in this order, one after the other.
    /// </summary>
    private static bool IsCard(BotKit.Schema.Activity activity, string expected)
    {
        var parts = expected.Split(" | ", 2);
        var text = CardText(activity);
        return activity.Attachments is { Count: 1 }
            && text.StartsWith(parts[0] + " | ", StringComparison.Ordinal)
            && (parts.Length == 1 || text.Contains(" | " + parts[1] + " | ", StringComparison.Ordinal));
    }
}
