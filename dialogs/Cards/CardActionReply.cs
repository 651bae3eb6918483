using TicBot.Dialogs.Menu;

namespace TicBot.Dialogs.Cards;

/// <summary>How to answer a card action.</summary>
/// <param name="Card">The card to show; null for none.</param>
/// <param name="Text">A short message to show; null for none.</param>
/// <param name="ReplacesCard">True when <paramref name="Card"/> replaces the card that was clicked (refresh in place).</param>
/// <param name="Begin">Set when the action asks questions first (create the project, confirm a deletion…): the main
/// conversation starts with this intent.</param>
public sealed record CardActionReply(RenderedCard? Card, string? Text, bool ReplacesCard, PendingIntent? Begin = null)
{
    public static CardActionReply NewCard(RenderedCard card, string? text = null) => new(card, text, false);

    public static CardActionReply InPlace(RenderedCard card) => new(card, null, true);

    public static CardActionReply Say(string text) => new(null, text, false);

    public static CardActionReply Ask(MenuIntent intent) => new(null, null, false, (intent ?? throw new ArgumentNullException(nameof(intent))).ToPending());
}
