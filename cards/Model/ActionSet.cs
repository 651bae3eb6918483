namespace TicBot.Cards.Model;

/// <summary>Buttons placed inside the body (needs 1.2).</summary>
public sealed record ActionSet(IReadOnlyList<AdaptiveAction> Actions) : AdaptiveElement;
