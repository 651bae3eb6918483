using DocumentFormat.OpenXml.Wordprocessing;
using TicBot.Exports.Tests.Support;
using TicBot.Methodology.Content;
using TicBot.Methodology.Serialization;
using TicBot.TestSupport.Projects;

namespace TicBot.Exports.Tests.Dossier;

public sealed class DossierDeChoixDocumentTests
{
    private const char Nnbsp = '\u202F';
    private const char Nbsp = '\u00A0';

    [Theory]
    [MemberData(nameof(Samples.EveryPhaseInEveryLanguage), MemberType = typeof(Samples))]
    public void Write_ProjectAtEachPhase_PassesTheOpenXmlValidator(string phase, ContentLanguage language)
    {
        using var sut = WordReading.Of(Samples.Project(phase), Samples.Request(language));

        sut.AssertValid();
    }

    [Theory]
    [MemberData(nameof(Samples.EveryPhaseInEveryLanguage), MemberType = typeof(Samples))]
    public void Write_ProjectAtEachPhase_HeadingsStartAtOneAndNeverSkipALevel(string phase, ContentLanguage language)
    {
        using var sut = WordReading.Of(Samples.Project(phase), Samples.Request(language));

        var levels = sut.Headings().Select(h => h.Level).ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"Level {pair.Second} after {pair.First}"));
    }

    [Fact]
    public void Write_DecidedProject_HasEveryPartInOrder()
    {
        using var sut = WordReading.Of(SampleProjects.Decided(), Samples.Request());

        var parts = sut.Headings().Where(h => h.Level == 1).Select(h => h.Text);
        Assert.Equal(
            ["Cadrage et contexte", "Attentes classées", "Règles de gestion", "Scénarios étudiés", "Comparaison et recommandation",
             "Décision", "Gouvernance", "Planification", "Communication", "Ce qui reste à établir"],
            parts);
        Assert.Contains((2, "Portail mutualisé (scénario retenu)"), sut.Headings());
    }

    [Fact]
    public void Write_DecidedProject_TitlePageNamesCollectiviteProjectDateVersionAndRequester()
    {
        using var sut = WordReading.Of(SampleProjects.Decided(), Samples.Request(version: "2"));

        Assert.Equal(["Portail famille"], sut.ParagraphsOfStyle("Title"));
        Assert.Contains("Communauté de communes du Val d’Argent", sut.ParagraphsOfStyle("Subtitle"));
        var paragraphs = sut.Paragraphs();
        Assert.Contains($"Date{Nbsp}: 15{Nbsp}mars{Nbsp}2027", paragraphs);
        Assert.Contains($"Version{Nbsp}: 2", paragraphs);
        Assert.Contains($"Établi à la demande de{Nbsp}: Camille Martin", paragraphs);
        Assert.Equal("Dossier de choix — Portail famille", sut.Document.PackageProperties.Title);
    }

    [Fact]
    public void Write_DecidedProject_AmountsUseFrenchTypography()
    {
        using var sut = WordReading.Of(SampleProjects.Decided(), Samples.Request());

        var investment = WordReading.Cells(sut.Table("Coûts d’investissement, ponctuels (année 1) — Portail mutualisé"));
        Assert.Equal(["Adhésion et paramétrage", $"12{Nnbsp}500{Nbsp}€"], investment[1]);
        Assert.Equal(["Total", $"15{Nnbsp}500{Nbsp}€"], investment[^1]);
        var running = WordReading.Cells(sut.Table("Coûts de fonctionnement, chaque année — Portail mutualisé"));
        Assert.Equal(["Cotisation annuelle", $"2{Nnbsp}400{Nbsp}€", $"12{Nnbsp}000{Nbsp}€"], running[1]);
        Assert.Equal(["Poste", "Par an", $"Sur 5{Nbsp}ans"], running[0]);
    }

    [Fact]
    public void Write_DecidedProject_FundingKeepsRequestedApartFromObtained()
    {
        using var sut = WordReading.Of(SampleProjects.Decided(), Samples.Request());

        var funding = WordReading.Cells(sut.Table("Financements — Portail mutualisé"));
        Assert.Contains(["DETR (dotation d’équipement des territoires ruraux)", "Obtenu", $"5{Nnbsp}000{Nbsp}€"], funding);
        Assert.Contains(["DSIL (dotation de soutien à l’investissement local)", "Demandé", $"4{Nnbsp}000{Nbsp}€"], funding);
        Assert.Contains(["Total obtenu (compté dans le bilan)", "", $"5{Nnbsp}000{Nbsp}€"], funding);
        Assert.Contains(["Total demandé (non compté)", "", $"4{Nnbsp}000{Nbsp}€"], funding);
    }

    [Fact]
    public void Write_DecidedProject_ComparisonShowsTheStudysFiguresAndTheRecommendation()
    {
        using var sut = WordReading.Of(SampleProjects.Decided(), Samples.Request());

        var rows = WordReading.Cells(sut.Table("Comparaison des scénarios"));
        Assert.Equal(["Critère", "Portail mutualisé (retenu)", "Développement sur mesure", "Interfaces avec le logiciel actuel"], rows[0]);
        Assert.Contains(["Coût net", $"22{Nnbsp}500{Nbsp}€", "à compléter", $"32{Nnbsp}000{Nbsp}€"], rows);
        Assert.Contains(["Bilan financier", $"7{Nnbsp}500{Nbsp}€", "à compléter", $"-20{Nnbsp}000{Nbsp}€"], rows);
        Assert.Contains(["Délai de retour sur investissement", $"3{Nbsp}ans", "à compléter", $"au-delà de 4{Nbsp}ans"], rows);
        Assert.Contains($"Scénario recommandé{Nbsp}: Portail mutualisé", sut.Paragraphs());
    }

    [Fact]
    public void Write_DecidedProject_EveryTableHasARepeatedHeaderRowAndACaption()
    {
        using var sut = WordReading.Of(SampleProjects.Decided(), Samples.Request());

        Assert.All(sut.Tables(), table =>
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
            Assert.False(string.IsNullOrWhiteSpace(WordReading.Caption(table)));
        });
    }

    [Fact]
    public void Write_JustCreatedProject_SaysWhatIsMissing()
    {
        using var sut = WordReading.Of(SampleProjects.Created(), Samples.Request());

        var missing = sut.ParagraphsOfStyle("ListBullet");
        Assert.Contains(missing, m => m.StartsWith("Les attentes des usagers", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.StartsWith("Les règles de gestion", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.StartsWith("Aucun scénario n’est encore décrit", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.StartsWith("Aucun scénario n’est encore validé", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.StartsWith("Le planning", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.StartsWith("Les jalons de communication", StringComparison.Ordinal));
        Assert.DoesNotContain(sut.Tables(), t => WordReading.Caption(t) == "Comparaison des scénarios");
    }

    [Fact]
    public void Write_StudyProject_NamesTheScenarioPartsStillMissing()
    {
        using var sut = WordReading.Of(SampleProjects.Study(), Samples.Request());

        Assert.Contains(
            $"Scénario «{Nbsp}Développement sur mesure{Nbsp}»{Nbsp}: couverture des attentes, étude financière, avantages et inconvénients.",
            sut.ParagraphsOfStyle("ListBullet"));
    }

    [Fact]
    public void Write_EnglishRequest_WritesEnglishWithEnglishNumbers()
    {
        using var sut = WordReading.Of(SampleProjects.Decided(), Samples.Request(ContentLanguage.English));

        Assert.Equal("Framing and context", sut.Headings()[0].Text);
        var investment = WordReading.Cells(sut.Table("Investment costs, one-off (year 1) — Portail mutualisé"));
        Assert.Equal(["Adhésion et paramétrage", "€12,500"], investment[1]);
        Assert.Contains("Date: 15 March 2027", sut.Paragraphs());
    }
}
