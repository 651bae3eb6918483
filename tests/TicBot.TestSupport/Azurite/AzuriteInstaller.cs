using System.Diagnostics;
using System.Security.Cryptography;

namespace TicBot.TestSupport.Azurite;

/// <summary>
/// Installs the pinned Azurite from <c>tests/azurite</c> with <c>npm ci</c>, once: test assemblies running in
/// parallel take a file lock, and a marker holding the lock file's hash says the install is current.
/// </summary>
public static class AzuriteInstaller
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The <c>tests/azurite</c> folder, found by walking up from the test binaries.</summary>
    public static string FindPackageFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "azurite");
            if (File.Exists(Path.Combine(candidate, "package-lock.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/azurite/package-lock.json not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>Returns the path of Azurite's blob service script, installing it first if needed.</summary>
    public static async Task<string> EnsureInstalledAsync(string packageFolder, CancellationToken cancellationToken)
    {
        var script = Path.Combine(packageFolder, "node_modules", "azurite", "dist", "src", "blob", "main.js");
        var marker = Path.Combine(packageFolder, "node_modules", ".ticbot-installed");
        var lockHash = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(packageFolder, "package-lock.json"), cancellationToken)));
        if (IsCurrent(script, marker, lockHash))
        {
            return script;
        }

        await using var gate = await AcquireLockAsync(Path.Combine(packageFolder, ".install.lock"), cancellationToken);
        if (!IsCurrent(script, marker, lockHash))
        {
            await NodeTools.RequireNodeAsync(cancellationToken);
            var (exitCode, output) = await NodeTools.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], packageFolder, InstallTimeout, cancellationToken);
            if (exitCode != 0 || !File.Exists(script))
            {
                throw new InvalidOperationException($"`npm ci` in {packageFolder} failed (exit {exitCode}):\n{output}");
            }

            await File.WriteAllTextAsync(marker, lockHash, cancellationToken);
        }

        return script;
    }

    private static bool IsCurrent(string script, string marker, string lockHash)
        => File.Exists(script) && File.Exists(marker) && File.ReadAllText(marker) == lockHash;

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (waited.Elapsed < InstallTimeout)
            {
                // Another test assembly is installing; its lock goes when it is done.
                await Task.Delay(250, cancellationToken);
            }
        }
    }
}
