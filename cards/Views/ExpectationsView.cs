namespace TicBot.Cards.Views;

/// <summary>What the expectations card shows: the ranked expectations of the needs gathering.</summary>
public sealed record ExpectationsView(string ProjectName, IReadOnlyList<ExpectationView> Expectations);
