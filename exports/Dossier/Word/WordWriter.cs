using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Dossier.Word;

/// <summary>
/// Appends the dossier's content to a Word body: paragraphs in named styles, headings that never skip a level, bulleted
/// lists, tables with a repeated header row, and the table of contents, filled in at the end with the headings written.
/// Every text goes through <see cref="SafeText"/>; line breaks typed by people become line breaks.
/// </summary>
internal sealed partial class WordWriter(Body body)
{
    /// <summary>The numbering instance of bullet lists (see <see cref="WordPackage"/>).</summary>
    public const int BulletNumberingId = 1;

    private readonly List<(int Level, string Text)> _headings = [];
    private Paragraph? _contents;
    private string _contentsPlaceholder = string.Empty;
    private int _level;

    /// <summary>The headings written so far, in order.</summary>
    public IReadOnlyList<(int Level, string Text)> Headings => _headings;

    public void Title(string text) => Styled(WordStyles.Title, text);

    public void Subtitle(string text) => Styled(WordStyles.Subtitle, text);

    /// <summary>A heading; levels go down one at a time (1, then 2, then 3) so assistive tools see a sound outline.</summary>
    /// <exception cref="InvalidOperationException">A level is skipped (a defect of a section).</exception>
    public void Heading(int level, string text)
    {
        if (level < 1 || level > 3 || level > _level + 1)
        {
            throw new InvalidOperationException($"Heading level {level} cannot follow level {_level}.");
        }

        _level = level;
        _headings.Add((level, SafeText.Clean(text)));
        Styled(WordStyles.Heading(level), text);
    }

    public void Paragraph(string text) => Styled(null, text);

    /// <summary>The title of the table of contents: styled as a heading, outside the outline (level 9, body text).</summary>
    public void ContentsHeading(string text) => Styled(WordStyles.TocHeading, text);

    public void Note(string text) => Styled(WordStyles.Note, text);

    /// <summary>A bold label followed by its value on the same line.</summary>
    public void Labelled(string label, string value)
    {
        var paragraph = new Paragraph(Runs(label, bold: true));
        paragraph.Append(Runs(" " + value));
        body.Append(paragraph);
    }

    public void Bullets(IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            body.Append(new Paragraph(
                new ParagraphProperties(
                    new ParagraphStyleId { Val = WordStyles.ListBullet },
                    new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId })),
                Runs(item)));
        }
    }

    public void PageBreak() => body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>Marks where the table of contents goes; <see cref="Finish"/> fills it with the headings.</summary>
    public void TableOfContents(string placeholder)
    {
        _contentsPlaceholder = placeholder;
        _contents = new Paragraph();
        body.Append(_contents);
    }

    /// <summary>Writes the table of contents field, its result pre-filled with the headings (levels 1 and 2).</summary>
    public void Finish()
    {
        if (_contents is null)
        {
            return;
        }

        var entries = _headings.Where(h => h.Level <= 2).ToList();
        var paragraphs = entries.Count == 0
            ? [new Paragraph(Runs(_contentsPlaceholder))]
            : entries.Select(e => new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Toc(e.Level) }), Runs(e.Text))).ToList();
        // A dirty TOC field is recomputed by Word when the document opens (with updateFields in the settings).
        paragraphs[0].InsertAfter(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), paragraphs[0].GetFirstChild<ParagraphProperties>());
        paragraphs[0].InsertAfter(new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }), paragraphs[0].GetFirstChild<ParagraphProperties>());
        paragraphs[0].InsertAfter(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }), paragraphs[0].GetFirstChild<ParagraphProperties>());
        paragraphs[^1].Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        foreach (var paragraph in paragraphs)
        {
            _contents.InsertBeforeSelf(paragraph);
        }

        _contents.Remove();
        _contents = null;
    }

    private void Styled(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(Runs(text));
        body.Append(paragraph);
    }

    /// <summary>The text as runs, with a line break for each typed line break.</summary>
    private static Run Runs(string text, bool bold = false)
    {
        var lines = SafeText.Lines(text);
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }
}
