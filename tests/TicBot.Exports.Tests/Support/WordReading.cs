using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TicBot.Exports.Tests.Support;

/// <summary>A .docx read back as a reader would meet it: validation errors, headings, tables, paragraphs.</summary>
internal sealed class WordReading : IDisposable
{
    private readonly MemoryStream _stream;

    public WordReading(byte[] bytes)
    {
        _stream = new MemoryStream(bytes);
        Document = WordprocessingDocument.Open(_stream, isEditable: false);
        Body = Document.MainDocumentPart!.Document.Body!;
    }

    public WordprocessingDocument Document { get; }

    public Body Body { get; }

    public static WordReading Of(Methodology.Projects.Project project, ExportRequest request)
    {
        using var output = new MemoryStream();
        DossierDeChoixDocument.Write(project, request, output);
        return new WordReading(output.ToArray());
    }

    /// <summary>Every schema error against Microsoft 365's format, as "path: description".</summary>
    public IReadOnlyList<string> ValidationErrors()
        => [.. new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(Document).Select(e => $"{e.Path?.XPath}: {e.Description}")];

    /// <summary>Fails with every validation error in full (xunit would cut a long collection).</summary>
    public void AssertValid()
    {
        var errors = ValidationErrors();
        if (errors.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine, errors.Take(20)));
        }
    }

    /// <summary>The headings (level from the style id "HeadingN") with their text, in order.</summary>
    public IReadOnlyList<(int Level, string Text)> Headings()
        => [.. Body.Elements<Paragraph>()
            .Select(p => (Style: StyleOf(p), Text: p.InnerText))
            .Where(p => p.Style?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => (int.Parse(p.Style!["Heading".Length..], System.Globalization.CultureInfo.InvariantCulture), p.Text))];

    public IReadOnlyList<string> ParagraphsOfStyle(string style)
        => [.. Body.Descendants<Paragraph>().Where(p => StyleOf(p) == style).Select(Visible)];

    /// <summary>The text a reader sees: the runs' text, without field codes.</summary>
    public static string Visible(Paragraph paragraph) => string.Concat(paragraph.Descendants<Text>().Select(t => t.Text));

    public IReadOnlyList<Table> Tables() => [.. Body.Elements<Table>()];

    public static string? Caption(Table table) => table.GetFirstChild<TableProperties>()?.GetFirstChild<TableCaption>()?.Val?.Value;

    public Table Table(string caption)
        => Tables().SingleOrDefault(t => Caption(t) == caption) ?? throw new Xunit.Sdk.XunitException(
            $"No table '{caption}'. Tables: {string.Join(" | ", Tables().Select(Caption))}");

    /// <summary>The table's rows as cell texts, header first.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cells(Table table)
        => [.. table.Elements<TableRow>().Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => c.InnerText)])];

    /// <summary>The body's paragraphs outside tables, as text.</summary>
    public IReadOnlyList<string> Paragraphs() => [.. Body.Elements<Paragraph>().Select(p => p.InnerText)];

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }

    private static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
}
