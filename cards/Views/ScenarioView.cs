namespace TicBot.Cards.Views;

/// <summary>One scenario of the dossier de choix, its figures already computed by the methodology rules.</summary>
/// <param name="TotalCost">Investment plus running costs over the study's horizon, in euros.</param>
/// <param name="Funding">Funding obtained or expected, in euros.</param>
/// <param name="NetCost">Total cost minus funding.</param>
/// <param name="Balance">Expected gains minus net cost; positive means the project pays for itself.</param>
/// <param name="PaybackMonths">Months until the gains cover the net cost; null when never.</param>
/// <param name="Coverage">Share of the ranked needs the scenario covers, from 0 to 1.</param>
public sealed record ScenarioView(
    string Id,
    string Name,
    decimal TotalCost,
    decimal Funding,
    decimal NetCost,
    decimal Balance,
    int? PaybackMonths,
    decimal Coverage,
    IReadOnlyList<string> Advantages,
    IReadOnlyList<string> Drawbacks,
    bool Recommended);
