namespace TicBot.Cards.Views;

/// <summary>The record of the decision on the dossier de choix ("validation du scénario retenu").</summary>
/// <param name="DecidedBy">Who recorded the validation.</param>
/// <param name="Rationale">Why this scenario; null when none was given.</param>
/// <param name="Finance">The retained scenario's financial study; null when incomplete.</param>
/// <param name="OtherScenarios">The names of the scenarios studied and not retained.</param>
/// <param name="Balance">The retained scenario's balance of advantages and drawbacks, the money included; null when none can be drawn.</param>
public sealed record DecisionRecordView(
    string ProjectName,
    string ScenarioName,
    DateOnly DecidedOn,
    string DecidedBy,
    string? Rationale,
    ScenarioFinanceView? Finance,
    IReadOnlyList<string> OtherScenarios,
    int? Balance = null);
