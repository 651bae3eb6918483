namespace TicBot.Cards.Views;

/// <summary>An expectation collected from usagers, agents or élus, with its rank (1 = most important).</summary>
/// <param name="Source">Where it was collected, in words.</param>
public sealed record ExpectationView(string Id, int Rank, string Text, string Source);
