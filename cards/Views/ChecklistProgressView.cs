namespace TicBot.Cards.Views;

/// <summary>How far a project is in one checklist.</summary>
public sealed record ChecklistProgressView(string Id, string Title, int Ticked, int Total);
