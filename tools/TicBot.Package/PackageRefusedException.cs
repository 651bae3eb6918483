namespace TicBot.Package;

/// <summary>The package was not built: each problem says what is wrong and, for a setting, which key or argument sets it.</summary>
public sealed class PackageRefusedException(IReadOnlyList<string> problems)
    : Exception("The Teams app package was not built:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
