using System.Text.RegularExpressions;

namespace TicBot.TestSupport.Deploy;

/// <summary>The repository's <c>Dockerfile</c>, read into its stages, so that tests run what the image would run.</summary>
public sealed partial class Dockerfile
{
    private Dockerfile(IReadOnlyList<DockerfileStage> stages) => Stages = stages;

    public IReadOnlyList<DockerfileStage> Stages { get; }

    /// <summary>The stage the image is made of (the last one).</summary>
    public DockerfileStage Runtime => Stages[^1];

    /// <summary>The stage that publishes the bot.</summary>
    public DockerfileStage Build => Stages.Single(s => s.Instructions.Any(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish", StringComparison.Ordinal)));

    public static Dockerfile Load() => Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "Dockerfile")));

    public static Dockerfile Parse(string text)
    {
        var stages = new List<DockerfileStage>();
        // Continuation lines ("\" at the end) make one instruction; comments and blank lines are dropped.
        var instructions = Continuation().Replace(text, " ").Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'));
        foreach (var line in instructions)
        {
            var (keyword, rest) = (line.Split(' ', 2)[0].ToUpperInvariant(), line.Split(' ', 2).ElementAtOrDefault(1)?.Trim() ?? string.Empty);
            if (keyword == "FROM")
            {
                stages.Add(new DockerfileStage(rest));
            }
            else if (stages.Count > 0)
            {
                stages[^1].Instructions.Add((keyword, rest));
            }
        }

        return new Dockerfile(stages);
    }

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex Continuation();
}
