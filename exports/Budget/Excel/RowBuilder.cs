using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Budget.Excel;

/// <summary>Writes the cells of one row, left to right.</summary>
internal sealed class RowBuilder(Row row, uint index)
{
    public uint Index { get; } = index;

    public string At(int column) => SheetBuilder.Column(column) + Index.ToString(CultureInfo.InvariantCulture);

    public RowBuilder Text(int column, string text, CellStyle style = CellStyle.Default)
    {
        row.Append(new Cell(new InlineString(new Text(SafeText.Clean(text)) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))
        {
            CellReference = At(column),
            DataType = CellValues.InlineString,
            StyleIndex = (uint)style,
        });
        return this;
    }

    public RowBuilder Number(int column, decimal value, CellStyle style = CellStyle.Money)
    {
        row.Append(new Cell(new CellValue(value)) { CellReference = At(column), DataType = CellValues.Number, StyleIndex = (uint)style });
        return this;
    }

    /// <summary>A formula with the value it computes to, so the figure is there before any recalculation.</summary>
    public RowBuilder Formula(int column, string formula, decimal value, CellStyle style = CellStyle.MoneyTotal)
    {
        row.Append(new Cell(new CellFormula(formula), new CellValue(value)) { CellReference = At(column), DataType = CellValues.Number, StyleIndex = (uint)style });
        return this;
    }
}
