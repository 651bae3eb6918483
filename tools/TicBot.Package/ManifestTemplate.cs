using System.Text.Json.Nodes;

namespace TicBot.Package;

/// <summary>
/// The manifest's placeholders (<c>{{MicrosoftAppId}}</c>, <c>{{Bot:PublicBaseUrl}}</c>…, named after the setting that
/// fills them) and the values that must never reach a tenant: a placeholder left in, the zero GUID, an example domain.
/// </summary>
public static class ManifestTemplate
{
    private static readonly string[] ReservedHosts = ["example.com", "example.net", "example.org", "example.fr"];
    private static readonly string[] ReservedTopLevels = ["example", "test", "invalid", "localhost"];

    /// <summary>Replaces each <c>{{name}}</c> in the string values of <paramref name="node"/>, in place.</summary>
    public static void Fill(JsonNode? node, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (value, _, replace) in Strings(node))
        {
            var filled = value;
            foreach (var (name, replacement) in values)
            {
                filled = filled.Replace("{{" + name + "}}", replacement, StringComparison.Ordinal);
            }

            if (!ReferenceEquals(filled, value))
            {
                replace(filled);
            }
        }
    }

    /// <summary>Each string value that still holds a placeholder or a stand-in value, with its JSON path.</summary>
    public static IEnumerable<string> Leftovers(JsonNode? node, string file)
    {
        foreach (var (value, path, _) in Strings(node))
        {
            if (value.Contains("{{", StringComparison.Ordinal) || value.Contains("}}", StringComparison.Ordinal))
            {
                yield return $"{file}: a placeholder is left in at {path}: '{value}'.";
            }
            else if (value.Contains(Guid.Empty.ToString(), StringComparison.Ordinal))
            {
                yield return $"{file}: the zero GUID stands in at {path}.";
            }
            else if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal) && IsStandIn(uri))
            {
                yield return $"{file}: '{value}' at {path} is an example or local address, not one the tenant can reach.";
            }
        }
    }

    internal static bool IsStandIn(Uri uri)
    {
        var host = uri.IdnHost.TrimEnd('.');
        return uri.IsLoopback
            || ReservedHosts.Any(h => host.Equals(h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase))
            || ReservedTopLevels.Any(t => host.EndsWith("." + t, StringComparison.OrdinalIgnoreCase) || host.Equals(t, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every string value under <paramref name="node"/>, with a way to replace it.</summary>
    private static List<(string Value, string Path, Action<string> Replace)> Strings(JsonNode? node)
    {
        var found = new List<(string, string, Action<string>)>();
        foreach (var child in Descendants(node))
        {
            if (child is JsonValue value && value.TryGetValue<string>(out var text) && child.Parent is { } parent)
            {
                found.Add((text, child.GetPath(), parent switch
                {
                    JsonObject o => replacement => o[child.GetPropertyName()] = replacement,
                    JsonArray a => replacement => a[child.GetElementIndex()] = replacement,
                    _ => _ => { },
                }));
            }
        }

        return found;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.ToList())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
