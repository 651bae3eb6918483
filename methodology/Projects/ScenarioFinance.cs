namespace TicBot.Methodology.Projects;

/// <summary>
/// The financial side of a scenario (an expert addition to the seed's "étude financière"): amounts in euros.
/// Null lists mean "not filled in yet", which the study reports as missing data; empty lists mean "none".
/// </summary>
public sealed record ScenarioFinance
{
    /// <summary>Default horizon of the study, in years.</summary>
    public const int DefaultHorizonYears = 5;

    /// <summary>One-off costs (purchase, installation, migration, training), paid in year 1.</summary>
    public IReadOnlyList<MoneyLine>? OneOffCosts { get; init; }

    /// <summary>Running costs per year (licences, maintenance, hosting), from year 1.</summary>
    public IReadOnlyList<MoneyLine>? YearlyRunningCosts { get; init; }

    /// <summary>Gains per year (time saved, costs avoided), from year 1.</summary>
    public IReadOnlyList<MoneyLine>? YearlyGains { get; init; }

    /// <summary>Funding, received once in year 1; only obtained funding (<see cref="FundingCertainty.Granted"/>) counts in the balance.</summary>
    public IReadOnlyList<FundingLine>? Funding { get; init; }

    /// <summary>Horizon in years, 1 to 30. <value>Defaults to 5.</value></summary>
    public int HorizonYears { get; init; } = DefaultHorizonYears;

    /// <summary>The weight TicBot gives the financial balance when no weight is set (an expert guess, shown as indicative).</summary>
    public const int DefaultBalanceWeight = 3;

    /// <summary>
    /// The weight, 1 to 5, of the financial balance among the advantages (when positive) or the drawbacks (when
    /// negative): the seed's "étude financière" feeds its "avantages – inconvénients" this way.
    /// <value>Null when the team has not weighed it: <see cref="DefaultBalanceWeight"/>, indicative, is used.</value>
    /// </summary>
    public int? BalanceWeight { get; init; }
}
