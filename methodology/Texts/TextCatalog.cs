using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using TicBot.Methodology.Content;

namespace TicBot.Methodology.Texts;

/// <summary>
/// Every wording of every <see cref="Text"/>, read once from the JSON files embedded in this assembly
/// (<c>Texts/fr/*.json</c>, <c>Texts/en/*.json</c>: flat objects of key → wording, one file per area). French wordings get
/// French typography here, once: a no-break space before <c>: ; ? !</c> and inside « guillemets ».
/// </summary>
public static class TextCatalog
{
    private const string ResourcePrefix = "TicBot.Methodology.Texts.";
    private static readonly Lazy<(FrozenDictionary<string, string> French, FrozenDictionary<string, string> English)> Embedded = new(Load);

    /// <summary>The wording of <paramref name="key"/> in <paramref name="language"/>.</summary>
    /// <exception cref="KeyNotFoundException">No wording has this key.</exception>
    public static string Get(string key, ContentLanguage language)
    {
        var (french, english) = Embedded.Value;
        var table = language == ContentLanguage.English ? english : french;
        return table.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No wording for text '{key}' in {language}.");
    }

    /// <summary>Every key and its wording in <paramref name="language"/> (for the catalog's own checks).</summary>
    public static IReadOnlyDictionary<string, string> All(ContentLanguage language)
        => language == ContentLanguage.English ? Embedded.Value.English : Embedded.Value.French;

    /// <summary>French typography: a no-break space before <c>: ; ? !</c> and inside « guillemets ».</summary>
    public static string FrenchSpacing(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text
            .Replace(" :", "\u00A0:", StringComparison.Ordinal)
            .Replace(" ;", "\u00A0;", StringComparison.Ordinal)
            .Replace(" ?", "\u00A0?", StringComparison.Ordinal)
            .Replace(" !", "\u00A0!", StringComparison.Ordinal)
            .Replace("« ", "«\u00A0", StringComparison.Ordinal)
            .Replace(" »", "\u00A0»", StringComparison.Ordinal);
    }

    internal static Dictionary<string, string> Parse(IEnumerable<(string Name, Stream Json)> files, bool french)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, json) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            using var stream = json;
            Dictionary<string, string>? file;
            try
            {
                file = JsonSerializer.Deserialize(stream, ContentJsonContext.Default.DictionaryStringString);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"Text file {name} is not a flat object of strings: {ex.Message}", ex);
            }

            foreach (var (key, wording) in file ?? throw new InvalidDataException($"Text file {name} is empty."))
            {
                if (!texts.TryAdd(key, french ? FrenchSpacing(wording) : wording))
                {
                    throw new InvalidDataException($"Text '{key}' is worded twice ({name}).");
                }
            }
        }

        return texts;
    }

    private static (FrozenDictionary<string, string>, FrozenDictionary<string, string>) Load()
    {
        var assembly = typeof(TextCatalog).Assembly;
        return (Parse(Files(assembly, "fr"), french: true).ToFrozenDictionary(StringComparer.Ordinal),
                Parse(Files(assembly, "en"), french: false).ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static IEnumerable<(string Name, Stream Json)> Files(Assembly assembly, string folder)
    {
        var prefix = ResourcePrefix + folder + ".";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            yield return (name, assembly.GetManifestResourceStream(name)!);
        }
    }
}
