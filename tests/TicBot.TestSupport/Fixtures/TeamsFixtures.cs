using System.Reflection;
using System.Text.Json;

namespace TicBot.TestSupport;

/// <summary>The recorded Teams payloads embedded in this assembly (Fixtures/teams/*.json).</summary>
public static class TeamsFixtures
{
    private const string Marker = ".Fixtures.teams.";
    private static readonly Assembly Assembly = typeof(TeamsFixtures).Assembly;

    /// <summary>The names of every exchange fixture (request + response), sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Assembly.GetManifestResourceNames()
        .Where(n => n.Contains(Marker, StringComparison.Ordinal))
        .Select(n => n[(n.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..])
        .Where(n => Load(n).Root.TryGetProperty("request", out _))
        .Order(StringComparer.Ordinal)];

    /// <summary>The names of the fixtures that are requests to the bot.</summary>
    public static IReadOnlyList<string> InboundNames { get; } = [.. Names.Where(n => Load(n).IsInbound)];

    /// <summary>Loads one fixture by file name.</summary>
    /// <exception cref="FileNotFoundException">No such fixture.</exception>
    public static TeamsFixture Load(string name)
    {
        var resource = Assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(Marker + name, StringComparison.Ordinal))
            ?? throw new FileNotFoundException($"No Teams fixture named {name}.");
        using var stream = Assembly.GetManifestResourceStream(resource)!;
        using var document = JsonDocument.Parse(stream);
        return new TeamsFixture(name, document.RootElement.Clone());
    }
}
