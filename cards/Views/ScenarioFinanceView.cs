namespace TicBot.Cards.Views;

/// <summary>The financial study of a scenario over its horizon, in euros, as the methodology computed it.</summary>
/// <param name="TotalCost">One-off costs plus running costs over the horizon.</param>
/// <param name="ObtainedFunding">Funding obtained: the only funding counted.</param>
/// <param name="RequestedFunding">Funding requested, decision pending: shown apart, not counted.</param>
/// <param name="NetCost">Total cost minus obtained funding.</param>
/// <param name="Balance">Gains over the horizon minus net cost; positive, it is an advantage of the scenario, negative a drawback.</param>
/// <param name="PaybackYear">The délai de retour sur investissement in years; null when not within the horizon.</param>
public sealed record ScenarioFinanceView(int HorizonYears, decimal TotalCost, decimal ObtainedFunding, decimal RequestedFunding, decimal NetCost, decimal Balance, int? PaybackYear);
