namespace TicBot.Cards.Views;

/// <summary>The financial study of a scenario over its horizon, in euros, as the methodology computed it.</summary>
/// <param name="TotalCost">One-off costs plus running costs over the horizon.</param>
/// <param name="Funding">All funding, granted or expected.</param>
/// <param name="NetCost">Total cost minus funding.</param>
/// <param name="Balance">Gains over the horizon minus net cost; positive means the scenario pays for itself.</param>
/// <param name="PaybackYear">The year (1-based) at whose end the gains have covered the cost; null when not within the horizon.</param>
public sealed record ScenarioFinanceView(int HorizonYears, decimal TotalCost, decimal Funding, decimal NetCost, decimal Balance, int? PaybackYear);
