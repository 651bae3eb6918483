using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Exports.Budget;
using TicBot.Exports.Budget.Excel;
using TicBot.Exports.Snapshot;

namespace TicBot.Exports;

/// <summary>
/// The budget as an Excel workbook (.xlsx) for the finance services: a summary sheet (one row per scenario: investment,
/// running costs, total and net cost, obtained funding, gains, balance, payback; requested and envisaged funding
/// apart), then one sheet per scenario, year by year over its horizon. Totals are formulas stored with their computed
/// values; header rows are frozen and printed on every page; amounts are in a euro number format.
/// </summary>
public static class BudgetWorkbook
{
    /// <summary>The MIME type of an .xlsx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A file name for the workbook: "Budget - {project} - {date}.xlsx", safe on every system.</summary>
    public static string FileName(Project project, ExportRequest request)
    {
        var snapshot = new ProjectSnapshot(project, request);
        return ExportFileName.For("Budget", snapshot.ProjectName, snapshot.Today, "xlsx");
    }

    /// <summary>Writes the workbook to <paramref name="output"/> (left open). Reads the project, never changes it.</summary>
    /// <exception cref="ArgumentNullException">A parameter, or the request's clock, is null.</exception>
    public static void Write(Project project, ExportRequest request, Stream output)
        => ExportOutput.Write(project, request, output, Build);

    /// <summary>As <see cref="Write"/>, copying to <paramref name="output"/> asynchronously (for an HTTP response body).</summary>
    public static Task WriteAsync(Project project, ExportRequest request, Stream output, CancellationToken cancellationToken)
        => ExportOutput.WriteAsync(project, request, output, Build, cancellationToken);

    private static void Build(ProjectSnapshot snapshot, Stream stream)
    {
        var scenarios = snapshot.Project.Scenarios
            .Select((scenario, i) =>
            {
                var (sheet, totals) = ScenarioSheet.Build(snapshot, scenario, i + 1);
                return (scenario, sheet, totals);
            })
            .ToList();
        List<SheetBuilder> sheets = [SummarySheet.Build(snapshot, scenarios), .. scenarios.Select(s => s.sheet)];

        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create(snapshot.Language);
        var entries = new Sheets();
        var printTitles = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = sheets[i].Build(selected: i == 0);
            entries.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)i + 1, Id = workbookPart.GetIdOfPart(part) });
            if (sheets[i].HeaderRow > 0)
            {
                var escaped = sheets[i].Name.Replace("'", "''", StringComparison.Ordinal);
                printTitles.Append(new DefinedName($"'{escaped}'!${sheets[i].HeaderRow}:${sheets[i].HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }
        }

        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), entries);
        if (printTitles.HasChildren)
        {
            workbookPart.Workbook.Append(printTitles);
        }

        // Excel recomputes every formula on opening; the stored values serve readers that compute nothing.
        workbookPart.Workbook.Append(new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        var properties = document.PackageProperties;
        properties.Title = $"Budget — {snapshot.ProjectName}";
        properties.Creator = "TicBot";
        properties.Language = snapshot.Language == ContentLanguage.English ? "en-GB" : "fr-FR";
        properties.Created = snapshot.Now.UtcDateTime;
        properties.Modified = snapshot.Now.UtcDateTime;
    }
}
