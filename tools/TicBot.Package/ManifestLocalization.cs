using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace TicBot.Package;

/// <summary>
/// A Teams localization file (<c>en-us.json</c>): keys such as <c>name.short</c> or
/// <c>bots[0].commandLists[1].commands[2].title</c> naming the manifest's strings. Applied to a copy of the manifest,
/// it gives the manifest as an English reader gets it, which the schema then checks like the French one.
/// </summary>
internal static partial class ManifestLocalization
{
    /// <summary>The manifest in the localization's language, and what is wrong with the localization.</summary>
    public static (JsonObject Localized, IReadOnlyList<string> Problems) Apply(JsonObject manifest, JsonObject localization, string file)
    {
        var localized = manifest.DeepClone().AsObject();
        var problems = new List<string>();
        foreach (var (key, value) in localization)
        {
            if (key.StartsWith('$'))
            {
                continue;
            }

            if (Resolve(localized, key) is not { } target || target.Parent is null || value?.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                problems.Add($"{file}: '{key}' names no text of the manifest.");
                continue;
            }

            switch (target.Parent)
            {
                case JsonObject o:
                    o[target.GetPropertyName()] = value.GetValue<string>();
                    break;
                case JsonArray a:
                    a[target.GetElementIndex()] = value.GetValue<string>();
                    break;
            }
        }

        problems.AddRange(LocalizableKeys(manifest).Where(k => !localization.ContainsKey(k)).Select(k => $"{file} does not translate '{k}'."));
        return (localized, problems);
    }

    /// <summary>The manifest's texts a reader sees: names, descriptions, and every command's title and description.</summary>
    public static IEnumerable<string> LocalizableKeys(JsonObject manifest)
    {
        string[] fixedKeys = ["name.short", "name.full", "description.short", "description.full"];
        foreach (var key in fixedKeys)
        {
            yield return key;
        }

        var bots = manifest["bots"] as JsonArray ?? [];
        for (var b = 0; b < bots.Count; b++)
        {
            var lists = bots[b]?["commandLists"] as JsonArray ?? [];
            for (var l = 0; l < lists.Count; l++)
            {
                var commands = lists[l]?["commands"] as JsonArray ?? [];
                for (var c = 0; c < commands.Count; c++)
                {
                    yield return $"bots[{b}].commandLists[{l}].commands[{c}].title";
                    yield return $"bots[{b}].commandLists[{l}].commands[{c}].description";
                }
            }
        }
    }

    private static JsonNode? Resolve(JsonNode node, string key)
    {
        JsonNode? current = node;
        foreach (Match part in Segment().Matches(key))
        {
            current = part.Groups["index"].Success
                ? current is JsonArray array && int.Parse(part.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i < array.Count ? array[i] : null
                : current is JsonObject obj ? obj[part.Groups["name"].Value] : null;
            if (current is null)
            {
                return null;
            }
        }

        return current is JsonValue ? current : null;
    }

    [GeneratedRegex(@"(?<name>[A-Za-z]+)|\[(?<index>\d{1,3})\]")]
    private static partial Regex Segment();
}
