using System.Text.RegularExpressions;

namespace TicBot.TestSupport.Deploy;

/// <summary>One <c>FROM</c> stage of the Dockerfile and its instructions, in order.</summary>
public sealed partial class DockerfileStage(string from)
{
    /// <summary>What follows <c>FROM</c>: the image and, after <c>AS</c>, the stage's name.</summary>
    public string From { get; } = from;

    public string Image => From.Split(' ')[0];

    public List<(string Keyword, string Arguments)> Instructions { get; } = [];

    /// <summary>The <c>ENV</c> values of the stage (<c>KEY=value</c> pairs).</summary>
    public IReadOnlyDictionary<string, string> Environment => Instructions.Where(i => i.Keyword == "ENV")
        .SelectMany(i => EnvPair().Matches(i.Arguments))
        .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value);

    /// <summary>The command of the <c>RUN</c> instruction that runs <c>dotnet publish</c>, as words, from <c>dotnet</c> on.</summary>
    public IReadOnlyList<string> PublishCommand => Instructions.Where(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish", StringComparison.Ordinal))
        .Select(i => i.Arguments[i.Arguments.IndexOf("dotnet publish", StringComparison.Ordinal)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Single();

    public string? Last(string keyword) => Instructions.LastOrDefault(i => i.Keyword == keyword).Arguments;

    [GeneratedRegex(@"(?<key>[A-Za-z_][A-Za-z0-9_]*)=(?<value>\S*)")]
    private static partial Regex EnvPair();
}
