namespace TicBot.Methodology.Rules.Study;

/// <summary>
/// The financial study of one scenario over its horizon (the seed's "étude financière"; the multi-year layout is an
/// expert addition). One-off costs and funding fall in year 1; running costs and gains recur every year. Only
/// obtained funding counts; requested and envisaged funding are kept apart, to be shown, never counted.
/// Amounts are exact euros.
/// </summary>
public sealed record FinancialResult
{
    public required int HorizonYears { get; init; }

    public required decimal OneOffCosts { get; init; }

    public required decimal YearlyRunningCosts { get; init; }

    public required decimal YearlyGains { get; init; }

    /// <summary>Funding obtained (granted): the only funding that counts.</summary>
    public required decimal ObtainedFunding { get; init; }

    /// <summary>Funding requested, decision pending: shown apart, not counted. <value>0 by default.</value></summary>
    public decimal RequestedFunding { get; init; }

    /// <summary>Funding envisaged, not yet requested: shown apart, not counted. <value>0 by default.</value></summary>
    public decimal EnvisagedFunding { get; init; }

    /// <summary>One-off costs plus running costs over the horizon.</summary>
    public decimal TotalCost => OneOffCosts + (YearlyRunningCosts * HorizonYears);

    /// <summary>Total cost minus obtained funding.</summary>
    public decimal NetCost => TotalCost - ObtainedFunding;

    /// <summary>Gains over the horizon.</summary>
    public decimal TotalGains => YearlyGains * HorizonYears;

    /// <summary>
    /// Gains and obtained funding minus costs over the horizon: positive, it is an advantage of the scenario; negative,
    /// a drawback. It is shown, never a veto.
    /// </summary>
    public decimal Balance => TotalGains - NetCost;

    /// <summary>Cumulative cash position at the end of each year (index 0 = year 1), obtained funding only.</summary>
    public IReadOnlyList<decimal> CumulativeByYear =>
        [.. Enumerable.Range(1, HorizonYears).Select(y => ObtainedFunding - OneOffCosts + (y * (YearlyGains - YearlyRunningCosts)))];

    /// <summary>
    /// The délai de retour sur investissement: the first year (1-based) at whose end the cumulative position is zero or
    /// better. <value>Null when not within the horizon.</value>
    /// </summary>
    public int? PaybackYear
    {
        get
        {
            var index = CumulativeByYear.ToList().FindIndex(c => c >= 0);
            return index < 0 ? null : index + 1;
        }
    }
}
