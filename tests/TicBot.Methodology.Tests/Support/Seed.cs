namespace TicBot.Methodology.Tests.Support;

/// <summary>
/// The seed (<c>methodologie-projets-tic.txt</c>), line by line, so that a rule's test cites the words it follows and
/// fails when the citation no longer matches the seed.
/// </summary>
internal static class Seed
{
    private static readonly Lazy<string[]> Lines = new(() => File.ReadAllLines(
        Path.Combine(AppContext.BaseDirectory, "seed", "methodologie-projets-tic.txt")));

    /// <summary>Checks that line <paramref name="number"/> (1-based) of the seed contains <paramref name="words"/>, and returns them.</summary>
    public static string Line(int number, string words)
    {
        var lines = Lines.Value;
        Assert.InRange(number, 1, lines.Length);
        Assert.True(
            lines[number - 1].Contains(words, StringComparison.Ordinal),
            $"Seed line {number} is \"{lines[number - 1].Trim()}\", which does not say \"{words}\".");
        return words;
    }
}
