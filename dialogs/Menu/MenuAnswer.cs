using TicBot.Dialogs.Cards;

namespace TicBot.Dialogs.Menu;

/// <summary>What answers a menu intent: a few words, a card, or both (the text comes first).</summary>
public sealed record MenuAnswer(RenderedCard? Card, string? Text);
