namespace TicBot.Package;

/// <summary>
/// Where the package sources and the official schema are by default: <c>manifest/</c> in the repository (the folder
/// holding <c>TicBot.sln</c>) and <c>../shared/reference/teams-manifest/</c> beside it.
/// </summary>
public static class RepositoryLayout
{
    /// <summary>The repository above the current directory, else above this program; null when neither is in one.</summary>
    public static string? FindRoot()
        => FindRootAbove(Environment.CurrentDirectory) ?? FindRootAbove(AppContext.BaseDirectory);

    public static string? FindRootAbove(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TicBot.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The official schema of <paramref name="manifestVersion"/> in the shared reference beside the repository.</summary>
    public static string SchemaFile(string repositoryRoot, string manifestVersion)
        => Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "reference", "teams-manifest", $"MicrosoftTeams.v{manifestVersion}.schema.json"));
}
