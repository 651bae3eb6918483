namespace TicBot.Cards.Views;

/// <summary>What the scenario comparison card shows.</summary>
/// <param name="Reasons">Why the recommended scenario comes first (one line per criterion), and notes on the comparison.</param>
public sealed record ScenarioComparisonView(string ProjectName, IReadOnlyList<ScenarioView> Scenarios, IReadOnlyList<string> Reasons);
