namespace TicBot.Methodology.Rules.Planning;

/// <summary>Why a plan cannot hold as asked.</summary>
/// <param name="Code">Stable code: <c>plan.key-dates-order</c>, <c>plan.late</c>, <c>plan.cycle</c>,
/// <c>plan.unknown-dependency</c>, <c>plan.unknown-task</c>, <c>plan.invalid-duration</c>.</param>
/// <param name="TaskId">The task concerned. <value>Null for key-date problems.</value></param>
/// <param name="Message">The explanation, with the dates, in French and English.</param>
public sealed record PlanProblem(string Code, string? TaskId, MethodologyText Message);
