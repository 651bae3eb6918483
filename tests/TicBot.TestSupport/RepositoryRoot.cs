namespace TicBot.TestSupport;

/// <summary>The repository the tests run from (the folder holding <c>TicBot.sln</c>).</summary>
public static class RepositoryRoot
{
    /// <summary>The first folder above the test binaries that holds <c>TicBot.sln</c>.</summary>
    /// <exception cref="InvalidOperationException">No such folder.</exception>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TicBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TicBot.sln not found above " + AppContext.BaseDirectory);
    }
}
