namespace TicBot.Cards.Model;

/// <summary>Shows or hides the elements whose ids are listed (needs 1.2), with no round trip to the bot.</summary>
public sealed record ToggleVisibilityAction(string Title, IReadOnlyList<string> TargetElements) : AdaptiveAction(Title);
