namespace TicBot.Methodology.Rules.Study;

/// <summary>
/// The financial study of one scenario over its horizon (an expert addition to the seed's "étude financière").
/// One-off costs and funding fall in year 1; running costs and gains recur every year. Amounts are exact euros.
/// </summary>
public sealed record FinancialResult
{
    public required int HorizonYears { get; init; }

    public required decimal OneOffCosts { get; init; }

    public required decimal YearlyRunningCosts { get; init; }

    public required decimal YearlyGains { get; init; }

    /// <summary>All funding, whatever its certainty.</summary>
    public required decimal Funding { get; init; }

    /// <summary>Funding already granted.</summary>
    public required decimal GrantedFunding { get; init; }

    /// <summary>One-off costs plus running costs over the horizon.</summary>
    public decimal TotalCost => OneOffCosts + (YearlyRunningCosts * HorizonYears);

    /// <summary>Total cost minus all funding.</summary>
    public decimal NetCost => TotalCost - Funding;

    /// <summary>Gains over the horizon.</summary>
    public decimal TotalGains => YearlyGains * HorizonYears;

    /// <summary>Gains minus net cost: positive means the scenario pays for itself over the horizon.</summary>
    public decimal Balance => TotalGains - NetCost;

    /// <summary>The balance counting granted funding only (the prudent view).</summary>
    public decimal BalanceWithGrantedFundingOnly => TotalGains - (TotalCost - GrantedFunding);

    /// <summary>True when <see cref="Balance"/> is strictly positive.</summary>
    public bool IsPositive => Balance > 0;

    /// <summary>Cumulative cash position at the end of each year (index 0 = year 1).</summary>
    public IReadOnlyList<decimal> CumulativeByYear =>
        [.. Enumerable.Range(1, HorizonYears).Select(y => Funding - OneOffCosts + (y * (YearlyGains - YearlyRunningCosts)))];

    /// <summary>The first year (1-based) at whose end the cumulative position is zero or better. <value>Null when not within the horizon.</value></summary>
    public int? PaybackYear
    {
        get
        {
            var index = CumulativeByYear.ToList().FindIndex(c => c >= 0);
            return index < 0 ? null : index + 1;
        }
    }
}
