using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Budget.Excel;

/// <summary>
/// Builds one worksheet row by row: text as inline strings, amounts as numbers, totals as formulas that carry their
/// computed value (Excel recalculates them; a reader without a calculation engine still sees the figures). The header
/// row is frozen with the first column and repeated on printed pages.
/// </summary>
internal sealed class SheetBuilder(string name)
{
    private readonly SheetData _data = new();
    private readonly List<double> _widths = [];
    private uint _headerRow;

    /// <summary>The sheet's name as Excel shows it on its tab.</summary>
    public string Name { get; } = name;

    /// <summary>The index of the last row written (1-based); 0 before the first.</summary>
    public uint LastRow { get; private set; }

    /// <summary>The header row to freeze and repeat when printing. <value>0 when none.</value></summary>
    public uint HeaderRow => _headerRow;

    /// <summary>Column letters: 1 → A, 27 → AA.</summary>
    public static string Column(int index)
    {
        var letters = string.Empty;
        for (var n = index; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>A reference to this sheet's cell from another sheet: <c>'1. Portail'!H12</c>.</summary>
    public string Reference(int column, uint row) => $"'{Name.Replace("'", "''", StringComparison.Ordinal)}'!{Column(column)}{row.ToString(CultureInfo.InvariantCulture)}";

    public void Widths(params double[] widths) => _widths.AddRange(widths);

    /// <summary>Starts a new row (optionally after empty ones) and returns it.</summary>
    public RowBuilder Row(int skip = 0)
    {
        LastRow += (uint)skip + 1;
        var row = new Row { RowIndex = LastRow };
        _data.Append(row);
        return new RowBuilder(row, LastRow);
    }

    /// <summary>A header row: every cell in the header style; it is frozen and printed on every page.</summary>
    public RowBuilder HeaderRowOf(IEnumerable<string> headers, int skip = 0)
    {
        var row = Row(skip);
        var column = 1;
        foreach (var header in headers)
        {
            row.Text(column++, header, CellStyle.Header);
        }

        _headerRow = row.Index;
        return row;
    }

    public Worksheet Build(bool selected)
    {
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected ? true : null };
        if (_headerRow > 0)
        {
            view.Append(
                new Pane { HorizontalSplit = 1, VerticalSplit = _headerRow, TopLeftCell = $"B{_headerRow + 1}", ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomRight, ActiveCell = $"B{_headerRow + 1}", SequenceOfReferences = new() { InnerText = $"B{_headerRow + 1}" } });
        }

        worksheet.Append(new SheetViews(view));
        if (_widths.Count > 0)
        {
            worksheet.Append(new Columns(_widths.Select((w, i) => new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        }

        worksheet.Append(
            _data,
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter($"&L{SafeText.Clean(Name).Replace("&", "&&", StringComparison.Ordinal)}&R&P / &N")));
        return worksheet;
    }
}
