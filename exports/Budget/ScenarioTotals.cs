namespace TicBot.Exports.Budget;

/// <summary>The totals of one scenario sheet, over its horizon, that the summary sheet refers to.</summary>
internal sealed record ScenarioTotals(
    int Years,
    SheetFigure Investment,
    SheetFigure Running,
    SheetFigure Costs,
    SheetFigure Gains,
    SheetFigure Obtained,
    SheetFigure Requested,
    SheetFigure Envisaged,
    SheetFigure Balance,
    bool Complete);
