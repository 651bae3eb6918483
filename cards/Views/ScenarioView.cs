namespace TicBot.Cards.Views;

/// <summary>One scenario of the dossier de choix, its figures already computed by the methodology rules.</summary>
/// <param name="Finance">The financial study; null while it is incomplete (the card says "à compléter").</param>
/// <param name="Coverage">Share of the ranked expectations covered, from 0 to 1; null when not assessed.</param>
/// <param name="Advantages">The advantages, with their weights; the financial balance among them when positive.</param>
/// <param name="Drawbacks">The drawbacks, with their weights; the financial balance among them when negative.</param>
/// <param name="Recommended">The scenario the comparison puts first, alone.</param>
/// <param name="Balance">The seed's "solde": advantages minus drawbacks, the money included; null when none can be drawn.</param>
public sealed record ScenarioView(
    string Id,
    string Name,
    ScenarioFinanceView? Finance,
    decimal? Coverage,
    IReadOnlyList<string> Advantages,
    IReadOnlyList<string> Drawbacks,
    bool Recommended,
    int? Balance = null);
