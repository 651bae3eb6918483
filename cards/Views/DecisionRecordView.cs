namespace TicBot.Cards.Views;

/// <summary>The record of the decision on the dossier de choix.</summary>
/// <param name="DecidedBy">Who decided, e.g. "Conseil municipal".</param>
/// <param name="OtherScenarios">The names of the scenarios studied and not retained.</param>
public sealed record DecisionRecordView(
    string ProjectName,
    string ScenarioName,
    DateOnly DecidedOn,
    string DecidedBy,
    string Rationale,
    decimal NetCost,
    decimal Balance,
    int? PaybackMonths,
    IReadOnlyList<string> OtherScenarios);
