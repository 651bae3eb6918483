namespace TicBot.Cards.Views;

/// <summary>One item of a checklist, its short "why" from the methodology, and whether it is ticked.</summary>
/// <param name="IsAddition">The item is TicBot's addition to the seed: the card labels it « Complément » and its
/// "why" is the reason for adding it.</param>
/// <param name="AdditionNote">What TicBot adds inside a seed item, shown labelled « Complément »; null for none.</param>
/// <param name="NotApplicable">Why the item does not apply to this project ("site hébergé"); null when it applies.</param>
public sealed record ChecklistItemView(string Id, string Title, string Why, bool Ticked, bool IsAddition = false, string? AdditionNote = null, string? NotApplicable = null);
