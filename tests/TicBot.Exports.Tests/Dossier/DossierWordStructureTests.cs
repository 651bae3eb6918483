using DocumentFormat.OpenXml.Wordprocessing;
using TicBot.Exports.Tests.Support;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Serialization;
using TicBot.TestSupport.Projects;

namespace TicBot.Exports.Tests.Dossier;

/// <summary>What makes the .docx a Word document a town hall can use: fields, language, page, footer, robustness.</summary>
public sealed class DossierWordStructureTests
{
    [Fact]
    public void Write_Always_AsksWordToUpdateFieldsOnOpeningAndSaysSo()
    {
        using var sut = WordReading.Of(SampleProjects.Decided(), Samples.Request());

        var settings = sut.Document.MainDocumentPart!.DocumentSettingsPart!.Settings;
        Assert.True(settings.GetFirstChild<UpdateFieldsOnOpen>()?.Val?.Value);
        var begin = sut.Body.Descendants<FieldChar>().First();
        Assert.Equal(FieldCharValues.Begin, begin.FieldCharType?.Value);
        Assert.True(begin.Dirty?.Value);
        Assert.StartsWith(" TOC ", sut.Body.Descendants<FieldCode>().First().Text, StringComparison.Ordinal);
        Assert.Contains(sut.ParagraphsOfStyle("Note"), n => n.Contains("Word met à jour à l’ouverture du document", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Always_PrefillsTheTableOfContentsWithTheParts()
    {
        using var sut = WordReading.Of(SampleProjects.Decided(), Samples.Request());

        var entries = sut.ParagraphsOfStyle("TOC1");
        Assert.Equal(sut.Headings().Where(h => h.Level == 1).Select(h => h.Text), entries);
        Assert.Equal("Sommaire", Assert.Single(sut.ParagraphsOfStyle("TOCHeading")));
    }

    [Theory]
    [InlineData(ContentLanguage.French, "fr-FR")]
    [InlineData(ContentLanguage.English, "en-GB")]
    public void Write_Always_SetsTheDocumentLanguage(ContentLanguage language, string tag)
    {
        using var sut = WordReading.Of(SampleProjects.Framing(), Samples.Request(language));

        var styles = sut.Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        Assert.Equal(tag, styles.DocDefaults!.Descendants<Languages>().Single().Val?.Value);
        Assert.Equal(tag, sut.Document.PackageProperties.Language);
    }

    [Fact]
    public void Write_Always_UsesA4PagesAndNumbersThemInTheFooter()
    {
        using var sut = WordReading.Of(SampleProjects.Framing(), Samples.Request());

        var section = sut.Body.GetFirstChild<SectionProperties>() ?? sut.Body.Elements<SectionProperties>().Last();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var footer = sut.Document.MainDocumentPart!.FooterParts.Single().Footer!;
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!));
        Assert.StartsWith("Dossier de choix — Portail famille — page ", footer.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Always_HeadingStylesCarryOutlineLevelsForTheNavigationPane()
    {
        using var sut = WordReading.Of(SampleProjects.Framing(), Samples.Request());

        var styles = sut.Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        for (var level = 1; level <= 3; level++)
        {
            Assert.Equal($"heading {level}", styles[$"Heading{level}"].StyleName!.Val!.Value);
            Assert.Equal(level - 1, styles[$"Heading{level}"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }
    }

    [Fact]
    public void Write_TextWithControlCharactersAndLineBreaks_StaysValidAndKeepsTheLines()
    {
        var project = SampleProjects.Framing();
        project.AddExpectation("Première ligne\u0001\u0007\r\ndeuxième ligne \uD800 fin", ExpectationSource.Other, SampleProjects.Lead, SampleProjects.Now);
        project.Rename("Projet \u001B« test »", SampleProjects.Lead, SampleProjects.Now);

        using var sut = WordReading.Of(project, Samples.Request(requester: "Nom\u0000 piégé"));

        sut.AssertValid();
        var cell = WordReading.Cells(sut.Table("Attentes par ordre d’importance"))[^1][1];
        Assert.Equal("Première lignedeuxième ligne  fin", cell);
        Assert.Contains(sut.Body.Descendants<Break>(), b => b.Parent!.InnerText.StartsWith("Première ligne", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_NonSeekableStream_WritesTheSameDocument()
    {
        using var target = new NonSeekableStream();

        await DossierDeChoixDocument.WriteAsync(SampleProjects.Decided(), Samples.Request(), target, TestContext.Current.CancellationToken);

        using var sut = new WordReading(target.Written.ToArray());
        sut.AssertValid();
        Assert.Equal("Cadrage et contexte", sut.Headings()[0].Text);
    }

    [Fact]
    public void Write_Always_LeavesTheProjectUnchanged()
    {
        var project = SampleProjects.Decided();
        var before = ProjectSerializer.Serialize(project);

        DossierDeChoixDocument.Write(project, Samples.Request(), new NonSeekableStream());

        Assert.Equal(before, ProjectSerializer.Serialize(project));
    }

    [Theory]
    [InlineData(ContentLanguage.French, "Portail famille", "Dossier de choix - Portail famille - 2027-03-15.docx")]
    [InlineData(ContentLanguage.English, "Portail / famille: « v2 »?", "Choice dossier - Portail famille « v2 » - 2027-03-15.docx")]
    public void FileName_ProjectName_IsSafeOnEverySystem(ContentLanguage language, string name, string expected)
    {
        var project = SampleProjects.Created();
        project.Rename(name, SampleProjects.Lead, SampleProjects.Now);

        Assert.Equal(expected, DossierDeChoixDocument.FileName(project, Samples.Request(language)));
    }

    [Fact]
    public void Write_RequestWithoutClock_ThrowsBeforeWritingAnything()
    {
        using var output = new MemoryStream();

        Assert.Throws<ArgumentNullException>(() => DossierDeChoixDocument.Write(SampleProjects.Decided(), new ExportRequest { Time = null! }, output));
        Assert.Equal(0, output.Length);
    }
}
