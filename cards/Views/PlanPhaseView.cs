namespace TicBot.Cards.Views;

/// <summary>A phase of the plan and its tasks in date order.</summary>
public sealed record PlanPhaseView(string Title, IReadOnlyList<PlanTaskView> Tasks);
