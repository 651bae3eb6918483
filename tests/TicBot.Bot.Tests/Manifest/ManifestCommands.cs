using System.Text.Json.Nodes;
using TicBot.TestSupport.Package;

namespace TicBot.Bot.Tests.Manifest;

/// <summary>The commands the manifest offers, per scope and language, read from <c>manifest/</c> (French) and <c>en-us.json</c>.</summary>
internal static class ManifestCommands
{
    public static readonly string[] SharedScopes = ["team", "groupChat"];

    /// <summary>One command as a member picks it: where, in which language, its title.</summary>
    public sealed record Command(string Scope, string Language, string Title);

    public static JsonObject ManifestJson() => Read("manifest.json");

    public static JsonObject English() => Read("en-us.json");

    /// <summary>Every command of every list, once per scope the list names, in French (fr-FR) and English (en-US).</summary>
    public static IEnumerable<Command> All()
    {
        var english = English();
        var lists = ManifestJson()["bots"]![0]!["commandLists"]!.AsArray();
        for (var l = 0; l < lists.Count; l++)
        {
            var commands = lists[l]!["commands"]!.AsArray();
            foreach (var scope in lists[l]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()))
            {
                for (var c = 0; c < commands.Count; c++)
                {
                    yield return new Command(scope, "fr-FR", commands[c]!["title"]!.GetValue<string>());
                    yield return new Command(scope, "en-US", english[$"bots[0].commandLists[{l}].commands[{c}].title"]!.GetValue<string>());
                }
            }
        }
    }

    /// <summary>The titles offered in <paramref name="scope"/>, both languages.</summary>
    public static HashSet<string> TitlesIn(string scope) => [.. All().Where(c => c.Scope == scope).Select(c => c.Title)];

    private static JsonObject Read(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(SamplePackage.ManifestFolder, file)))!.AsObject();
}
