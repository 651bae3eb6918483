namespace TicBot.Methodology.Rules.SiAdvice;

/// <summary>The few answers the SI advice needs.</summary>
/// <param name="Openness">How open the current SI is.</param>
/// <param name="IsObsolete">The current SI is obsolete or called into question (end of support, no longer fits).</param>
/// <param name="NeedsRealTime">The service needs data in real time (e.g. a booking visible at once at the front desk).</param>
/// <param name="Budget">Budget available.</param>
/// <param name="Horizon">When the service must run.</param>
public sealed record SiAnswers(SiOpenness Openness, bool IsObsolete, bool NeedsRealTime, BudgetLevel Budget, TimeHorizon Horizon);
