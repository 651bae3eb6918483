namespace TicBot.Methodology.Rules.Study;

/// <summary>A scenario's place in the comparison, with the reasons in French and English.</summary>
/// <param name="Position">1 = best; tied scenarios share a position.</param>
/// <param name="Points">Sum over the two criteria (coverage, balance) of the number of scenarios this one beats.</param>
/// <param name="IsTied">True when another scenario has the same points.</param>
/// <param name="Evaluation">The measures behind the points.</param>
/// <param name="Reasons">Why: one line per criterion, then missing data.</param>
public sealed record RankedScenario(int Position, int Points, bool IsTied, ScenarioEvaluation Evaluation, IReadOnlyList<MethodologyText> Reasons);
