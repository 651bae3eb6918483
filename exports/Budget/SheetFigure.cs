namespace TicBot.Exports.Budget;

/// <summary>A total on a scenario sheet: the cell that computes it (for the summary's formulas) and its value.</summary>
internal sealed record SheetFigure(string Reference, decimal Value);
