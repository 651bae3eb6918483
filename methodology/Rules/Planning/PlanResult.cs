using TicBot.Methodology.Projects;

namespace TicBot.Methodology.Rules.Planning;

/// <summary>The outcome of <see cref="PlanBuilder.Build"/>.</summary>
/// <param name="Plan">The dated plan, also when some task is late. <value>Null when no plan can be dated
/// (key dates out of order, dependency cycle, unknown task or dependency, invalid duration).</value></param>
/// <param name="Problems">What does not hold, each explained.</param>
public sealed record PlanResult(ProjectPlan? Plan, IReadOnlyList<PlanProblem> Problems)
{
    /// <summary>True when a plan exists and every task fits before its key date.</summary>
    public bool IsFeasible => Plan is not null && Problems.Count == 0;
}
