using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TicBot.Exports.Dossier.Word;

/// <summary>
/// The dossier's styles. Headings use Word's built-in names ("heading 1"…) with outline levels, so the navigation pane,
/// the table of contents and screen readers see the structure; the document language is set on the defaults.
/// </summary>
internal static class WordStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string TocHeading = "TOCHeading";
    public const string Caption = "Caption";
    public const string Note = "Note";
    public const string ListBullet = "ListBullet";
    public const string Footer = "Footer";
    public const string TableGrid = "TableGrid";

    public static string Heading(int level) => $"Heading{level}";

    public static string Toc(int level) => $"TOC{level}";

    public static Styles Create(string languageTag)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = languageTag, EastAsia = languageTag, Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(Paragraph(Normal, "Normal", null, isDefault: true));
        styles.Append(Paragraph(Title, "Title", Normal, spacingBefore: 2400, spacingAfter: 240, size: 52, bold: true, color: "1F3864"));
        styles.Append(Paragraph(Subtitle, "Subtitle", Normal, spacingAfter: 480, size: 32, color: "2F5496"));
        for (var level = 1; level <= 3; level++)
        {
            styles.Append(Paragraph(Heading(level), $"heading {level}", Normal, outline: level - 1, keepNext: true,
                spacingBefore: level == 1 ? 360 : 240, spacingAfter: 120, size: level switch { 1 => 32, 2 => 26, _ => 23 }, bold: true, color: level == 1 ? "1F3864" : "2F5496"));
        }

        styles.Append(Paragraph(TocHeading, "TOC Heading", Heading(1), outline: 9, keepNext: true));
        for (var level = 1; level <= 3; level++)
        {
            styles.Append(Paragraph(Toc(level), $"toc {level}", Normal, indentLeft: (level - 1) * 220, spacingAfter: 60));
        }

        styles.Append(Paragraph(Caption, "caption", Normal, keepNext: true, spacingBefore: 120, spacingAfter: 60, size: 20, bold: true, color: "44546A"));
        styles.Append(Paragraph(Note, "Note", Normal, size: 20, italic: true, color: "404040"));
        styles.Append(Paragraph(ListBullet, "List Bullet", Normal, spacingAfter: 60));
        styles.Append(Paragraph(Footer, "footer", Normal, spacingAfter: 0, size: 18, color: "404040"));
        styles.Append(TableStyle());
        return styles;
    }

    private static Style Paragraph(
        string id, string name, string? basedOn, bool isDefault = false, int? outline = null, bool keepNext = false,
        int? spacingBefore = null, int? spacingAfter = null, int? indentLeft = null, int? size = null, bool bold = false,
        bool italic = false, string? color = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? OnOffValue.FromBoolean(true) : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
            style.Append(new NextParagraphStyle { Val = Normal });
        }

        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext(), new KeepLines());
        }

        if (spacingBefore is not null || spacingAfter is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (spacingBefore is { } before)
            {
                spacing.Before = before.ToString(Invariant);
            }

            if (spacingAfter is { } after)
            {
                spacing.After = after.ToString(Invariant);
            }

            paragraph.Append(spacing);
        }

        if (indentLeft is { } left)
        {
            paragraph.Append(new Indentation { Left = left.ToString(Invariant) });
        }

        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        style.Append(paragraph);
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        if (color is not null)
        {
            run.Append(new Color { Val = color });
        }

        if (size is { } halfPoints)
        {
            run.Append(new FontSize { Val = halfPoints.ToString(Invariant) }, new FontSizeComplexScript { Val = halfPoints.ToString(Invariant) });
        }

        style.Append(run);
        return style;
    }

    private static Style TableStyle()
    {
        static BorderType Line<TBorder>()
            where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "A6A6A6" };

        return new Style(
            new StyleName { Val = "Table Grid" },
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" }),
            new StyleTableProperties(
                new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
                new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = TableGrid };
    }

    private static System.Globalization.CultureInfo Invariant => System.Globalization.CultureInfo.InvariantCulture;
}
