using System.Text;
using System.Text.RegularExpressions;
using TicBot.Methodology.Content;
using TicBot.Methodology.Texts;

namespace TicBot.Methodology.Tests.Texts;

/// <summary>The wordings of every text: the same keys in French and English, the same placeholders, French typography.</summary>
public sealed partial class TextCatalogTests
{
    [Fact]
    public void Embedded_FrenchAndEnglish_HaveTheSameKeys()
    {
        var french = TextCatalog.All(ContentLanguage.French).Keys.Order(StringComparer.Ordinal);
        var english = TextCatalog.All(ContentLanguage.English).Keys.Order(StringComparer.Ordinal);

        Assert.Equal(french, english);
    }

    [Fact]
    public void Embedded_EachText_HasTheSamePlaceholdersInBothLanguages()
    {
        foreach (var (key, french) in TextCatalog.All(ContentLanguage.French))
        {
            var english = TextCatalog.Get(key, ContentLanguage.English);
            Assert.True(Placeholders(french).SetEquals(Placeholders(english)), $"'{key}': {{…}} differ between French and English");
        }
    }

    [Fact]
    public void Embedded_French_UsesCurlyApostrophesAndNoEmptyWording()
    {
        foreach (var language in new[] { ContentLanguage.French, ContentLanguage.English })
        {
            Assert.All(TextCatalog.All(language), t => Assert.False(string.IsNullOrWhiteSpace(t.Value), $"'{t.Key}' is empty in {language}"));
        }

        Assert.All(TextCatalog.All(ContentLanguage.French), t => Assert.DoesNotContain("'", t.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Embedded_Keys_AreDottedLowercase()
    {
        Assert.All(TextCatalog.All(ContentLanguage.French).Keys, key => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$", key));
    }

    [Fact]
    public void Parse_French_GetsNoBreakSpacesBeforeDoublePunctuationAndInsideGuillemets()
    {
        var texts = TextCatalog.Parse([("fr.a.json", Json("""{"a.b":"Quel est le nom ? « Portail » : oui ; non !"}"""))], french: true);

        Assert.Equal("Quel est le nom\u00A0? «\u00A0Portail\u00A0»\u00A0: oui\u00A0; non\u00A0!", texts["a.b"]);
    }

    [Fact]
    public void Parse_English_IsKeptAsWritten()
    {
        var texts = TextCatalog.Parse([("en.a.json", Json("""{"a.b":"What is it called ? : ;"}"""))], french: false);

        Assert.Equal("What is it called ? : ;", texts["a.b"]);
    }

    [Fact]
    public void Parse_KeyWordedInTwoFiles_IsRefusedNamingIt()
    {
        var ex = Assert.Throws<InvalidDataException>(() => TextCatalog.Parse(
            [("fr.a.json", Json("""{"a.b":"un"}""")), ("fr.b.json", Json("""{"a.b":"deux"}"""))], french: true));

        Assert.Contains("'a.b'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""["a"]""")]
    [InlineData("""{"a.b":{"nested":"x"}}""")]
    [InlineData("not json")]
    public void Parse_NotAFlatObjectOfStrings_IsRefused(string json)
    {
        Assert.Throws<InvalidDataException>(() => TextCatalog.Parse([("fr.a.json", Json(json))], french: true));
    }

    [Fact]
    public void Get_UnknownKey_ThrowsNamingIt()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => new Text("nothing.here").For(ContentLanguage.French));

        Assert.Contains("nothing.here", ex.Message, StringComparison.Ordinal);
    }

    private static MemoryStream Json(string json) => new(Encoding.UTF8.GetBytes(json));

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
