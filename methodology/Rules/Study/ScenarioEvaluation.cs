namespace TicBot.Methodology.Rules.Study;

/// <summary>One scenario measured: functional coverage, weighted advantages and drawbacks, finance, missing data.</summary>
public sealed record ScenarioEvaluation
{
    public required string ScenarioId { get; init; }

    public required string Name { get; init; }

    /// <summary>
    /// Coverage of the ranked expectations, 0 to 1: each expectation weighs (n − rank + 1), Full counts 1, Partial ½.
    /// <value>Null when the project has no expectation or none is assessed for this scenario.</value>
    /// </summary>
    public decimal? Coverage { get; init; }

    /// <summary>Expectations this scenario was not assessed against (counted as not covered).</summary>
    public IReadOnlyList<string> NotAssessedExpectationIds { get; init; } = [];

    public int AdvantagesWeight { get; init; }

    public int DrawbacksWeight { get; init; }

    /// <summary>Advantages minus drawbacks. <value>Null when neither is listed.</value></summary>
    public int? QualitativeBalance { get; init; }

    /// <summary>The financial study. <value>Null when a part of it is missing (see <see cref="MissingData"/>).</value></summary>
    public FinancialResult? Finance { get; init; }

    /// <summary>What is missing, as codes: <c>expectations</c>, <c>coverage</c>, <c>advantages-drawbacks</c>,
    /// <c>finance</c>, <c>finance.one-off-costs</c>, <c>finance.running-costs</c>, <c>finance.gains</c>, <c>finance.funding</c>.</summary>
    public IReadOnlyList<string> MissingData { get; init; } = [];

    /// <summary>"Solde positif" on the advantages and drawbacks. <value>Null when not assessed.</value></summary>
    public bool? IsQualitativelyPositive => QualitativeBalance is { } b ? b > 0 : null;

    /// <summary>"Solde positif" on the money. <value>Null when the financial study is incomplete.</value></summary>
    public bool? IsFinanciallyPositive => Finance?.IsPositive;
}
