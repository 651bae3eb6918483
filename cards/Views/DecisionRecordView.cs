namespace TicBot.Cards.Views;

/// <summary>The record of the decision on the dossier de choix ("validation du scénario retenu").</summary>
/// <param name="DecidedBy">Who recorded the validation.</param>
/// <param name="Rationale">Why this scenario; null when none was given.</param>
/// <param name="Finance">The retained scenario's financial study; null when incomplete.</param>
/// <param name="OtherScenarios">The names of the scenarios studied and not retained.</param>
public sealed record DecisionRecordView(
    string ProjectName,
    string ScenarioName,
    DateOnly DecidedOn,
    string DecidedBy,
    string? Rationale,
    ScenarioFinanceView? Finance,
    IReadOnlyList<string> OtherScenarios);
