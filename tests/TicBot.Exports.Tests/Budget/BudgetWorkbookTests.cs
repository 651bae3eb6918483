using DocumentFormat.OpenXml.Spreadsheet;
using TicBot.Exports.Tests.Support;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Study;
using TicBot.TestSupport.Projects;

namespace TicBot.Exports.Tests.Budget;

public sealed class BudgetWorkbookTests
{
    private const string Mutualised = "1. Portail mutualisé";

    [Theory]
    [MemberData(nameof(Samples.EveryPhaseInEveryLanguage), MemberType = typeof(Samples))]
    public void Write_ProjectAtEachPhase_PassesTheOpenXmlValidator(string phase, ContentLanguage language)
    {
        using var sut = ExcelReading.Of(Samples.Project(phase), Samples.Request(language));

        sut.AssertValid();
    }

    [Fact]
    public void Write_DecidedProject_HasASummaryThenOneSheetPerScenario()
    {
        using var sut = ExcelReading.Of(SampleProjects.Decided(), Samples.Request());

        Assert.Equal(["Synthèse", Mutualised, "2. Développement sur mesure", "3. Interfaces avec le logiciel"], sut.SheetNames);
    }

    [Fact]
    public void Write_DecidedProject_SummaryGivesEachScenariosTotalsWithRequestedFundingApart()
    {
        using var sut = ExcelReading.Of(SampleProjects.Decided(), Samples.Request());
        var summary = sut.Sheet("Synthèse");

        Assert.Equal("Scénario", ExcelReading.Text(summary, "A5"));
        Assert.Equal(["Portail mutualisé (retenu)", "5", "15500", "12000", "27500", "5000", "22500", "30000", "7500", "3", "4000", "0", "complète"], ExcelReading.Row(summary, 6));
        Assert.Equal($"'{Mutualised}'!G8", ExcelReading.Formula(summary, "C6"));
        Assert.Equal("E6-F6", ExcelReading.Formula(summary, "G6"));
        Assert.Equal(["Développement sur mesure", "non commencée"], ExcelReading.Row(summary, 7));
        Assert.Equal("-20000", ExcelReading.Text(summary, "I8"));
        Assert.Equal("au-delà de 4", ExcelReading.Text(summary, "J8"));
    }

    [Fact]
    public void Write_DecidedProject_BalancesAreTheScenarioStudys()
    {
        var project = SampleProjects.Decided();
        using var sut = ExcelReading.Of(project, Samples.Request());
        var summary = sut.Sheet("Synthèse");

        var study = ScenarioStudy.Compare(project).Ranking.ToDictionary(r => r.Evaluation.Name, r => r.Evaluation.Finance);
        Assert.Equal(study["Portail mutualisé"]!.Balance, ExcelReading.Number(summary, "I6"));
        Assert.Equal(study["Interfaces avec le logiciel actuel"]!.Balance, ExcelReading.Number(summary, "I8"));
        Assert.Equal(study["Interfaces avec le logiciel actuel"]!.NetCost, ExcelReading.Number(summary, "G8"));
    }

    [Theory]
    [InlineData("decided")]
    [InlineData("largest")]
    public void Write_AnyProject_EveryFormulaStoresTheValueItComputes(string phase)
    {
        using var sut = ExcelReading.Of(Samples.Project(phase), Samples.Request());

        foreach (var name in sut.SheetNames)
        {
            var sheet = sut.Sheet(name);
            foreach (var cell in sheet.Descendants<Cell>().Where(c => c.CellFormula is not null))
            {
                Assert.True(sut.Evaluate(sheet, cell.CellFormula!.Text) == ExcelReading.Number(sheet, cell.CellReference!), $"{name}!{cell.CellReference} = {cell.CellFormula.Text}");
            }
        }
    }

    [Fact]
    public void Write_DecidedProject_ScenarioSheetSpreadsAmountsOverTheYears()
    {
        using var sut = ExcelReading.Of(SampleProjects.Decided(), Samples.Request());
        var sheet = sut.Sheet(Mutualised);

        Assert.Equal(["Poste", "Année 1", "Année 2", "Année 3", "Année 4", "Année 5", "Total"], ExcelReading.Row(sheet, 4));
        Assert.Equal(["Adhésion et paramétrage", "12500", "12500"], ExcelReading.Row(sheet, ExcelReading.RowOf(sheet, "Adhésion et paramétrage")));
        Assert.Equal(["Cotisation annuelle", "2400", "2400", "2400", "2400", "2400", "12000"], ExcelReading.Row(sheet, ExcelReading.RowOf(sheet, "Cotisation annuelle")));
        Assert.Equal(["DSIL (dotation de soutien à l’investissement local)", "4000", "4000"], ExcelReading.Row(sheet, ExcelReading.RowOf(sheet, "DSIL (dotation de soutien à l’investissement local)")));
        Assert.Equal(["Bilan cumulé", "-6900", "-3300", "300", "3900", "7500"], ExcelReading.Row(sheet, ExcelReading.RowOf(sheet, "Bilan cumulé")));
    }

    [Fact]
    public void Write_DecidedProject_HeaderRowsAreFrozenAndPrintedOnEveryPage()
    {
        using var sut = ExcelReading.Of(SampleProjects.Decided(), Samples.Request());

        foreach (var (name, header) in new[] { ("Synthèse", 5u), (Mutualised, 4u) })
        {
            var pane = sut.Sheet(name).Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(header, pane.VerticalSplit!.Value);
            Assert.Equal(1, pane.HorizontalSplit!.Value);
        }

        var titles = sut.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();
        Assert.Contains(titles, t => t.Text == $"'{Mutualised}'!$4:$4");
        Assert.True(sut.WorkbookPart.Workbook.GetFirstChild<CalculationProperties>()!.FullCalculationOnLoad!.Value);
    }

    [Theory]
    [InlineData(ContentLanguage.French, "#,##0.00\\ \"€\"")]
    [InlineData(ContentLanguage.English, "\"€\"#,##0.00")]
    public void Write_Amounts_UseTheEuroNumberFormatOfTheLanguage(ContentLanguage language, string code)
    {
        using var sut = ExcelReading.Of(SampleProjects.Decided(), Samples.Request(language));

        var style = ExcelReading.Cell(sut.Sheet(sut.SheetNames[1]), "B6")!.StyleIndex!.Value;
        var stylesheet = sut.WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)style).NumberFormatId!.Value;
        Assert.Equal(code, stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == format).FormatCode!.Value);
    }

    [Fact]
    public void Write_ScenarioNamesExcelRefuses_GivesValidUniqueSheetsThatFormulasReach()
    {
        var project = SampleProjects.Decided();
        foreach (var name in new[] { "L’offre d'Berger [option A/B]: la « meilleure » ? *", "L’offre d'Berger [option A/B]: la « meilleure » ? * bis" })
        {
            project.SaveScenario(project.Scenarios[0] with { Id = string.Empty, Name = name }, SampleProjects.Lead, SampleProjects.Now);
        }

        using var sut = ExcelReading.Of(project, Samples.Request());

        sut.AssertValid();
        Assert.Equal(sut.SheetNames.Count, sut.SheetNames.Distinct().Count());
        Assert.All(sut.SheetNames, n => Assert.True(n.Length <= 31 && n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0, n));
        var summary = sut.Sheet("Synthèse");
        Assert.Equal(7500m, sut.Evaluate(summary, ExcelReading.Formula(summary, "I9")!));
    }

    [Fact]
    public void Write_ProjectWithoutScenario_SaysSo()
    {
        using var sut = ExcelReading.Of(SampleProjects.Framing(), Samples.Request());

        Assert.Equal(["Synthèse"], sut.SheetNames);
        Assert.Equal("Aucun scénario n’est encore décrit.", ExcelReading.Text(sut.Sheet("Synthèse"), "A5"));
    }
}
