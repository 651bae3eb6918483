using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using TicBot.Methodology.Content;

namespace TicBot.Exports.Budget.Excel;

/// <summary>
/// The budget's stylesheet: a bold, shaded header row, euro amounts, bold totals under a rule. Number format codes are
/// written the invariant way, as the file format wants; Excel shows them with the reader's separators
/// (<c>12 500,00 €</c> in French, <c>€12,500.00</c> in English).
/// </summary>
internal static class WorkbookStyles
{
    private const uint EurosFormatId = 164;

    /// <summary>The euro format: the symbol after the amount in French, before it in English.</summary>
    public static string EurosFormat(ContentLanguage language)
        => language == ContentLanguage.English ? "\"€\"#,##0.00" : "#,##0.00\\ \"€\"";

    public static Stylesheet Create(ContentLanguage language) => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = EurosFormatId, FormatCode = EurosFormat(language) }) { Count = 1 },
        new Fonts(
            Font(bold: false, italic: false, size: 11),
            Font(bold: true, italic: false, size: 11),
            Font(bold: true, italic: false, size: 14),
            Font(bold: false, italic: true, size: 10))
        { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E2F3" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Edge<LeftBorder>(), Edge<RightBorder>(), Edge<TopBorder>(), Edge<BottomBorder>(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), Edge<TopBorder>(), new BottomBorder(), new DiagonalBorder()))
        { Count = 3 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(0, 0, 0, 0),
            Format(0, 2, 0, 0),
            Format(0, 3, 0, 0),
            Format(0, 1, 2, 1, wrap: true),
            Format(EurosFormatId, 0, 0, 0),
            Format(EurosFormatId, 1, 0, 2),
            Format(0, 1, 0, 0),
            Format(0, 1, 0, 2),
            Format(1, 0, 0, 0))
        { Count = 9 },
        new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(bool bold, bool italic, int size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static T Edge<T>()
        where T : BorderPropertiesType, new() => new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFA6A6A6" } };

    private static CellFormat Format(uint numberFormat, uint font, uint fill, uint border, bool wrap = false)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = border,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0 ? BooleanValue.FromBoolean(true) : null,
            ApplyFont = font != 0 ? BooleanValue.FromBoolean(true) : null,
            ApplyFill = fill != 0 ? BooleanValue.FromBoolean(true) : null,
            ApplyBorder = border != 0 ? BooleanValue.FromBoolean(true) : null,
        };
        if (wrap)
        {
            format.ApplyAlignment = true;
            format.Append(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center });
        }

        return format;
    }
}
