using System.Runtime.CompilerServices;
using System.Text;

namespace TicBot.Cards.Tests.Support;

/// <summary>
/// A tiny approval helper: the text must equal Snapshots/{name}.approved.json. On a mismatch (or when no
/// approved file exists) it writes {name}.received.json beside it and fails. Set the environment
/// variable TICBOT_ACCEPT_SNAPSHOTS=1 to write the received text as the approved one instead.
/// </summary>
internal static class Approvals
{
    public const string AcceptVariable = "TICBOT_ACCEPT_SNAPSHOTS";

    public static void Verify(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(ProjectFolder(callerFile), "Snapshots");
        var approvedPath = Path.Combine(folder, name + ".approved.json");
        var receivedPath = Path.Combine(folder, name + ".received.json");
        var normalized = actual.ReplaceLineEndings("\n").TrimEnd() + "\n";

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(approvedPath, normalized, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
        Assert.Fail(approved is null
            ? $"No approved snapshot {approvedPath}; wrote {receivedPath}. Review it, then rename it or rerun with {AcceptVariable}=1."
            : $"Snapshot {name} differs from the approved one; wrote {receivedPath} (diff it against {approvedPath}).");
    }

    private static string ProjectFolder(string callerFile)
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(callerFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TicBot.Cards.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the test project folder from " + callerFile);
    }
}
