using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace TicBot.Exports.Tests.Support;

/// <summary>
/// An .xlsx read back: sheets by name, cells by reference (text, number, formula), and a small evaluator for the
/// formulas the budget writes (references, sums of ranges, + and −), to check each stored value is what its formula computes.
/// </summary>
internal sealed partial class ExcelReading : IDisposable
{
    private readonly MemoryStream _stream;

    public ExcelReading(byte[] bytes)
    {
        _stream = new MemoryStream(bytes);
        Document = SpreadsheetDocument.Open(_stream, isEditable: false);
    }

    public SpreadsheetDocument Document { get; }

    public WorkbookPart WorkbookPart => Document.WorkbookPart!;

    public IReadOnlyList<string> SheetNames => [.. WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public static ExcelReading Of(Methodology.Projects.Project project, ExportRequest request)
    {
        using var output = new MemoryStream();
        BudgetWorkbook.Write(project, request, output);
        return new ExcelReading(output.ToArray());
    }

    public void AssertValid()
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(Document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        if (errors.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine, errors.Take(20)));
        }
    }

    public Worksheet Sheet(string name)
    {
        var sheet = WorkbookPart.Workbook.Sheets!.Elements<Sheet>().SingleOrDefault(s => s.Name == name)
            ?? throw new Xunit.Sdk.XunitException($"No sheet '{name}'. Sheets: {string.Join(" | ", SheetNames)}");
        return ((WorksheetPart)WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    public static Cell? Cell(Worksheet sheet, string reference) => sheet.Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);

    /// <summary>The cell's text, or its stored number in invariant form; empty for no cell.</summary>
    public static string Text(Worksheet sheet, string reference) => Cell(sheet, reference) switch
    {
        null => string.Empty,
        { DataType.Value: var t } c when t == CellValues.InlineString => c.InlineString!.InnerText,
        var c => c.CellValue?.Text ?? string.Empty,
    };

    public static decimal Number(Worksheet sheet, string reference) => decimal.Parse(Text(sheet, reference), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static string? Formula(Worksheet sheet, string reference) => Cell(sheet, reference)?.CellFormula?.Text;

    /// <summary>The row of cell texts, from column A to the last cell written.</summary>
    public static IReadOnlyList<string> Row(Worksheet sheet, uint row)
        => [.. sheet.Descendants<Row>().Single(r => r.RowIndex! == row).Elements<Cell>().Select(c => Text(sheet, c.CellReference!))];

    /// <summary>The row whose column A reads <paramref name="label"/>.</summary>
    public static uint RowOf(Worksheet sheet, string label)
        => sheet.Descendants<Row>().First(r => r.Elements<Cell>().FirstOrDefault() is { } a && Text(sheet, a.CellReference!) == label).RowIndex!.Value;

    /// <summary>Computes a formula from the stored values of the cells it names.</summary>
    public decimal Evaluate(Worksheet sheet, string formula)
    {
        var total = 0m;
        foreach (Match term in Term().Matches(formula))
        {
            var sign = term.Groups["sign"].Value == "-" ? -1 : 1;
            var target = term.Groups["sheet"].Success ? Sheet(term.Groups["sheet"].Value.Replace("''", "'", StringComparison.Ordinal)) : sheet;
            var value = term.Groups["to"].Success
                ? Range(term.Groups["from"].Value, term.Groups["to"].Value).Sum(r => Cell(target, r)?.CellValue is { } v ? decimal.Parse(v.Text, CultureInfo.InvariantCulture) : 0m)
                : Number(target, term.Groups["from"].Value);
            total += sign * value;
        }

        return total;
    }

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }

    private static IEnumerable<string> Range(string from, string to)
    {
        var (c1, r1) = Split(from);
        var (c2, r2) = Split(to);
        for (var c = c1; c <= c2; c++)
        {
            for (var r = r1; r <= r2; r++)
            {
                yield return $"{Letters(c)}{r}";
            }
        }
    }

    private static (int Column, int Row) Split(string reference)
    {
        var letters = new string([.. reference.TakeWhile(char.IsLetter)]);
        return (letters.Aggregate(0, (n, ch) => (n * 26) + (ch - 'A' + 1)), int.Parse(reference[letters.Length..], CultureInfo.InvariantCulture));
    }

    private static string Letters(int column) => column <= 0 ? string.Empty : Letters((column - 1) / 26) + (char)('A' + ((column - 1) % 26));

    [GeneratedRegex(@"(?<sign>[+-])?(?:SUM\()?(?:'(?<sheet>(?:[^']|'')+)'!)?(?<from>[A-Z]+\d+)(?::(?<to>[A-Z]+\d+))?\)?")]
    private static partial Regex Term();
}
