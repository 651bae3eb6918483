using System.Reflection;
using System.Text.Json;

namespace TicBot.Methodology.Content;

/// <summary>
/// The methodology content in every language, read once from the JSON files embedded in this assembly
/// (<c>Content/fr/*.json</c>, <c>Content/en/*.json</c>) and checked for fr/en parity.
/// </summary>
public sealed class MethodologyCatalog
{
    private const string ResourcePrefix = "TicBot.Methodology.Content.";
    private static readonly Lazy<MethodologyCatalog> Embedded = new(LoadEmbedded);
    private readonly MethodologyContent _french;
    private readonly MethodologyContent _english;

    internal MethodologyCatalog(MethodologyContent french, MethodologyContent english)
    {
        _french = french;
        _english = english;
    }

    /// <summary>The catalog built from the embedded content; loaded and validated on first call, then shared.</summary>
    /// <exception cref="InvalidDataException">The embedded content is malformed or fr/en differ (a build defect).</exception>
    public static MethodologyCatalog Load() => Embedded.Value;

    /// <summary>The content in <paramref name="language"/>.</summary>
    public MethodologyContent For(ContentLanguage language) =>
        language == ContentLanguage.English ? _english : _french;

    internal static MethodologyContent Parse(ContentLanguage language, IEnumerable<(string Name, Stream Json)> files)
    {
        var merged = new ContentDocument();
        foreach (var (name, json) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            using var stream = json;
            ContentDocument? document;
            try
            {
                document = JsonSerializer.Deserialize(stream, ContentJsonContext.Default.ContentDocument);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"Content file {name} is not valid: {ex.Message}", ex);
            }

            (document ?? throw new InvalidDataException($"Content file {name} is empty.")).MergeInto(merged, name);
        }

        return new MethodologyContent(language, merged);
    }

    private static MethodologyCatalog LoadEmbedded()
    {
        var assembly = typeof(MethodologyCatalog).Assembly;
        var french = Parse(ContentLanguage.French, Files(assembly, "fr"));
        var english = Parse(ContentLanguage.English, Files(assembly, "en"));
        var problems = ContentValidator.Validate(french, english);
        if (problems.Count > 0)
        {
            throw new InvalidDataException("Methodology content is inconsistent: " + string.Join("; ", problems));
        }

        return new MethodologyCatalog(french, english);
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
