namespace TicBot.Methodology.Rules.Study;

/// <summary>
/// One scenario measured: functional coverage, and the balance of its advantages and drawbacks — the seed's "solde",
/// fed by the financial study — with what is missing.
/// </summary>
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

    /// <summary>Sum of the weights of the advantages the team listed.</summary>
    public int AdvantagesWeight { get; init; }

    /// <summary>Sum of the weights of the drawbacks the team listed.</summary>
    public int DrawbacksWeight { get; init; }

    /// <summary>
    /// The weight the financial balance brings: positive among the advantages, negative among the drawbacks, 0 when
    /// the balance is nil. <value>Null while the financial study is incomplete.</value>
    /// </summary>
    public int? FinancialWeight { get; init; }

    /// <summary>True when <see cref="FinancialWeight"/> uses TicBot's default weight (to be shown as indicative).</summary>
    public bool IsFinancialWeightIndicative { get; init; }

    /// <summary>
    /// The seed's "solde": advantages minus drawbacks, the financial balance counted on its side.
    /// <value>Null when neither advantages, drawbacks nor a complete financial study are there.</value>
    /// </summary>
    public int? Balance { get; init; }

    /// <summary>The financial study. <value>Null when a part of it is missing (see <see cref="MissingData"/>).</value></summary>
    public FinancialResult? Finance { get; init; }

    /// <summary>What is missing, as codes: <c>expectations</c>, <c>coverage</c>, <c>coverage-incomplete</c>,
    /// <c>advantages-drawbacks</c>, <c>finance</c>, <c>finance.one-off-costs</c>, <c>finance.running-costs</c>,
    /// <c>finance.gains</c>, <c>finance.funding</c>.</summary>
    public IReadOnlyList<string> MissingData { get; init; } = [];

    /// <summary>"Solde positif → décision de poursuite". <value>Null when no balance can be drawn.</value></summary>
    public bool? IsBalancePositive => Balance is { } b ? b > 0 : null;
}
