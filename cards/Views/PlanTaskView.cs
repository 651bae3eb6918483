namespace TicBot.Cards.Views;

/// <summary>A dated task of the plan.</summary>
public sealed record PlanTaskView(string Id, string Title, DateOnly Due, bool Done);
