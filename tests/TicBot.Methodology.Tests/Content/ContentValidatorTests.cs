using System.Text;
using TicBot.Methodology.Content;

namespace TicBot.Methodology.Tests.Content;

public sealed class ContentValidatorTests
{
    private static readonly string Checklists = ChecklistsJson.Replace(
        "\"audience.agents\"",
        string.Concat(ContentValidator.LabelledEnumKeys().Select(k => $"\"{k}\": \"l\", ")) + "\"audience.agents\"",
        StringComparison.Ordinal);

    private const string ChecklistsJson =
        """
        "checklists": [
          { "id": "checklist.keysteps", "title": "t", "why": "w", "items": [] },
          { "id": "checklist.mistakes", "title": "t", "why": "w", "items": [] },
          { "id": "checklist.security", "title": "t", "why": "w", "items": [] },
          { "id": "checklist.organisation", "title": "t", "why": "w", "items": [] },
          { "id": "checklist.training", "title": "t", "why": "w", "items": [] },
          { "id": "checklist.communication", "title": "t", "why": "w", "items": [] }
        ],
        "labels": { "audience.agents": "a", "audience.usagers": "u", "audience.elus": "e", "audience.press": "p" }
        """;

    [Fact]
    public void Validate_IdOnlyInFrench_ReportsIt()
    {
        var fr = Parse(ContentLanguage.French, """{ "principles": [ { "id": "principle.x", "title": "t", "why": "w", "seedRef": "s" } ], """ + Checklists + "}");
        var en = Parse(ContentLanguage.English, "{" + Checklists + "}");

        var problems = ContentValidator.Validate(fr, en);

        Assert.Contains("'principle.x' exists in French but not in English", problems);
    }

    [Fact]
    public void Validate_ItemWithoutSeedRefOrAddition_ReportsIt()
    {
        var json = """{ "principles": [ { "id": "principle.x", "title": "t", "why": "w" } ], """ + Checklists + "}";

        var problems = ContentValidator.Validate(Parse(ContentLanguage.French, json), Parse(ContentLanguage.English, json));

        Assert.Contains("French: 'principle.x' has neither a seed reference nor the addition mark", problems);
    }

    [Fact]
    public void Validate_AdditionWithoutSeedRef_IsAccepted()
    {
        var json = """{ "principles": [ { "id": "principle.x", "title": "t", "why": "w", "isAddition": true } ], """ + Checklists + "}";

        Assert.Empty(ContentValidator.Validate(Parse(ContentLanguage.French, json), Parse(ContentLanguage.English, json)));
    }

    [Fact]
    public void Validate_MissingChecklistAndDuplicateId_ReportsBoth()
    {
        const string Json = """{ "principles": [ { "id": "p", "title": "t", "why": "w", "isAddition": true }, { "id": "p", "title": "t", "why": "w", "isAddition": true } ] }""";

        var problems = ContentValidator.Validate(Parse(ContentLanguage.French, Json), Parse(ContentLanguage.English, Json));

        Assert.Contains("French: id 'p' is used more than once", problems);
        Assert.Contains("French: checklist 'checklist.security' is missing", problems);
        Assert.Contains("French: no label 'projectphase.framing'", problems);
    }

    [Fact]
    public void Validate_StraightApostropheInFrench_ReportsIt()
    {
        var json = """{ "principles": [ { "id": "principle.x", "title": "L'usager", "why": "w", "isAddition": true } ], """ + Checklists + "}";

        var problems = ContentValidator.Validate(Parse(ContentLanguage.French, json), Parse(ContentLanguage.English, json));

        Assert.Contains("French: 'principle.x' has a straight apostrophe (use ’): L'usager", problems);
        Assert.DoesNotContain(problems, p => p.StartsWith("English", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AdditionNoteInOneLanguageOnly_ReportsIt()
    {
        var fr = """{ "principles": [ { "id": "principle.x", "title": "t", "why": "w", "seedRef": "s", "additionNote": "n" } ], """ + Checklists + "}";
        var en = """{ "principles": [ { "id": "principle.x", "title": "t", "why": "w", "seedRef": "s" } ], """ + Checklists + "}";

        var problems = ContentValidator.Validate(Parse(ContentLanguage.French, fr), Parse(ContentLanguage.English, en));

        Assert.Contains("'principle.x' differs between languages in seed reference, addition mark, number of points or addition note", problems);
    }

    [Fact]
    public void Parse_SectionInTwoFiles_Throws()
    {
        var files = new[] { ("a.json", Stream("""{ "principles": [] }""")), ("b.json", Stream("""{ "principles": [] }""")) };

        var ex = Assert.Throws<InvalidDataException>(() => MethodologyCatalog.Parse(ContentLanguage.French, files));

        Assert.Contains("Principles", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedJson_ThrowsNamingTheFile()
    {
        var ex = Assert.Throws<InvalidDataException>(() => MethodologyCatalog.Parse(ContentLanguage.French, [("bad.json", Stream("{ nope"))]));

        Assert.Contains("bad.json", ex.Message, StringComparison.Ordinal);
    }

    private static MethodologyContent Parse(ContentLanguage language, string json) =>
        MethodologyCatalog.Parse(language, [("test.json", Stream(json))]);

    private static Stream Stream(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));
}
