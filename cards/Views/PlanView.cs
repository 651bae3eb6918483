namespace TicBot.Cards.Views;

/// <summary>What the plan card shows; <see cref="Today"/> (from the injected clock) decides what is late.</summary>
public sealed record PlanView(string ProjectName, DateOnly Today, IReadOnlyList<PlanPhaseView> Phases);
