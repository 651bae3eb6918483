using System.Diagnostics;
using System.Text;

namespace TicBot.TestSupport.Azurite;

/// <summary>Runs Node.js tools and says how to install Node when it is missing.</summary>
public static class NodeTools
{
    public const string InstallHint =
        "The Azure Blob tests run a real Azurite and need Node.js 20 or later with npm on the PATH. "
        + "Install it from https://nodejs.org/ (or `sudo apt-get install nodejs npm`, `winget install OpenJS.NodeJS.LTS`, "
        + "`brew install node`), then run the tests again.";

    /// <exception cref="InvalidOperationException">Node.js or npm cannot be started; the message says how to install them.</exception>
    public static async Task RequireNodeAsync(CancellationToken cancellationToken)
    {
        foreach (var tool in new[] { "node", "npm" })
        {
            int exitCode;
            string output;
            try
            {
                (exitCode, output) = await RunAsync(tool, ["--version"], Directory.GetCurrentDirectory(), TimeSpan.FromSeconds(30), cancellationToken);
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                throw new InvalidOperationException($"`{tool}` was not found. {InstallHint}", ex);
            }

            if (exitCode != 0)
            {
                throw new InvalidOperationException($"`{tool} --version` failed (exit {exitCode}). {InstallHint}");
            }

            // Azurite 3.37 needs Node 20; older versions fail later with obscure syntax errors.
            if (tool == "node" && (!Version.TryParse(output.Trim().TrimStart('v'), out var version) || version.Major < 20))
            {
                throw new InvalidOperationException($"Node.js {output.Trim()} is too old. {InstallHint}");
            }
        }
    }

    /// <summary>Runs a command to its end and returns its exit code and combined output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() && fileName == "npm" ? "npm.cmd" : fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{fileName} {string.Join(' ', start.ArgumentList)}` did not finish within {timeout}.");
        }

        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }
}
