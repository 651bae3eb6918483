namespace TicBot.Cards.Model;

/// <summary>Unfolds a card under the action bar; its inputs are sent with the parent card's.</summary>
public sealed record ShowCardAction(string Title, AdaptiveCard Card) : AdaptiveAction(Title);
