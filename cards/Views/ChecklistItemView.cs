namespace TicBot.Cards.Views;

/// <summary>One item of a checklist, its short "why" from the methodology, and whether it is ticked.</summary>
public sealed record ChecklistItemView(string Id, string Title, string Why, bool Ticked);
