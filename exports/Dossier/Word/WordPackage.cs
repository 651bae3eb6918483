using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TicBot.Exports.Dossier.Word;

/// <summary>
/// The parts of the .docx around the body: styles, bullet numbering, settings (fields updated on opening, document
/// language, French decimal comma), a footer with the page numbers, A4 pages, and the package properties.
/// </summary>
internal sealed class WordPackage
{
    public const int PageWidthTwips = 11906;
    public const int PageHeightTwips = 16838;
    public const int MarginTwips = 1417;

    private readonly string _footerId;

    /// <param name="languageTag">BCP 47 tag of the document's language, e.g. <c>fr-FR</c>.</param>
    /// <param name="footer">The footer's text, before "page X sur Y".</param>
    /// <param name="pageOf">The words around the page numbers: ("page", "sur") or ("page", "of").</param>
    public WordPackage(WordprocessingDocument document, string languageTag, string title, string footer, (string Page, string Of) pageOf, DateTime createdUtc)
    {
        ArgumentNullException.ThrowIfNull(document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(Body = new Body());
        main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create(languageTag);
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = Bullets();
        main.AddNewPart<DocumentSettingsPart>().Settings = Settings(languageTag);
        var footerPart = main.AddNewPart<FooterPart>();
        footerPart.Footer = Footer(footer, pageOf);
        _footerId = main.GetIdOfPart(footerPart);
        var properties = document.PackageProperties;
        properties.Title = title;
        properties.Creator = "TicBot";
        properties.Language = languageTag;
        properties.Created = createdUtc;
        properties.Modified = createdUtc;
    }

    public Body Body { get; }

    /// <summary>Ends the body with the page setup: A4 portrait, 2.5 cm margins, the footer on every page but the title page.</summary>
    public void Close() => Body.Append(new SectionProperties(
        new FooterReference { Type = HeaderFooterValues.Default, Id = _footerId },
        new PageSize { Width = PageWidthTwips, Height = PageHeightTwips, Orient = PageOrientationValues.Portrait },
        new PageMargin { Top = MarginTwips, Right = MarginTwips, Bottom = MarginTwips, Left = MarginTwips, Header = 708, Footer = 708, Gutter = 0 },
        new TitlePage()));

    private static Settings Settings(string languageTag)
    {
        var french = languageTag.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
        return new Settings(
            new DefaultTabStop { Val = 708 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new UpdateFieldsOnOpen { Val = true },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = languageTag },
            new DecimalSymbol { Val = french ? "," : "." },
            new ListSeparator { Val = french ? ";" : "," });
    }

    private static Numbering Bullets() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = WordWriter.BulletNumberingId });

    private static Footer Footer(string text, (string Page, string Of) pageOf)
    {
        static SimpleField Field(string instruction) => new(new Run(new Text("1"))) { Instruction = instruction };

        return new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Footer }, new Justification { Val = JustificationValues.Center }),
            new Run(new Text($"{Typography.SafeText.Clean(text)} — {pageOf.Page} ") { Space = SpaceProcessingModeValues.Preserve }),
            Field(" PAGE "),
            new Run(new Text($" {pageOf.Of} ") { Space = SpaceProcessingModeValues.Preserve }),
            Field(" NUMPAGES ")));
    }
}
