using TicBot.Cards.Model;
using TicBot.Dialogs.Menu;

namespace TicBot.Dialogs.Cards;

/// <summary>How to answer a card action.</summary>
/// <param name="Card">The card to show; null for none.</param>
/// <param name="Text">A short message to show; null for none.</param>
/// <param name="ReplacesCard">True when <paramref name="Card"/> replaces the card that was clicked (refresh in place).</param>
/// <param name="NeedsProject">Set when the place has no project yet: create it first, then answer this intent.</param>
public sealed record CardActionReply(AdaptiveCard? Card, string? Text, bool ReplacesCard, PendingIntent? NeedsProject = null)
{
    public static CardActionReply NewCard(AdaptiveCard card, string? text = null) => new(card, text, false);

    public static CardActionReply InPlace(AdaptiveCard card) => new(card, null, true);

    public static CardActionReply Say(string text) => new(null, text, false);

    public static CardActionReply CreateProjectFirst(MenuIntent intent) => new(null, null, false, intent.ToPending());
}
