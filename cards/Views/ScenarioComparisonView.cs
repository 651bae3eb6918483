namespace TicBot.Cards.Views;

/// <summary>What the scenario comparison card shows.</summary>
/// <param name="Recommendation">Why the recommended scenario is recommended; null when none is.</param>
public sealed record ScenarioComparisonView(string ProjectName, IReadOnlyList<ScenarioView> Scenarios, string? Recommendation);
