using DocumentFormat.OpenXml.Wordprocessing;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Dossier.Word;

internal sealed partial class WordWriter
{
    /// <summary>Text width of an A4 page with the dossier's margins, in twentieths of a point.</summary>
    public const int TextWidthTwips = WordPackage.PageWidthTwips - (2 * WordPackage.MarginTwips);

    /// <summary>
    /// A table: its caption above it (kept with it), the caption again as the table's alternative text, a header row
    /// that Word repeats on each page and screen readers announce, figures right-aligned, rows that do not split.
    /// </summary>
    public void Table(WordTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var caption = SafeText.Clean(table.Caption);
        Styled(WordStyles.Caption, caption);
        var totalWeight = Math.Max(1, table.Columns.Sum(c => Math.Max(1, c.Width)));
        var widths = table.Columns.Select(c => TextWidthTwips * Math.Max(1, c.Width) / totalWeight).ToList();
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var result = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.TableGrid },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true },
                new TableCaption { Val = caption },
                new TableDescription { Val = caption }),
            grid);
        result.Append(Row(table.Columns.Select(c => c.Header).ToList(), table.Columns, widths, header: true, bold: true));
        foreach (var row in table.Rows)
        {
            result.Append(Row(row.Cells, table.Columns, widths, header: false, bold: row.Total));
        }

        body.Append(result);
        // Word needs a paragraph between two tables, and it gives the table room before what follows.
        body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "60" })));
    }

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<WordColumn> columns, List<int> widths, bool header, bool bold)
    {
        var row = new TableRow();
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        row.Append(properties);
        for (var i = 0; i < columns.Count; i++)
        {
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (header)
            {
                cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
            }

            // Rows do not split across pages (CantSplit), so cells need no paragraph properties of their own but the
            // alignment of figures, header included.
            var paragraph = columns[i].Figures ? new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Right })) : new Paragraph();
            paragraph.Append(Runs(i < cells.Count ? cells[i] : string.Empty, bold));
            row.Append(new TableCell(cellProperties, paragraph));
        }

        return row;
    }
}
