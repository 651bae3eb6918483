using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Storage.Blobs;
using Xunit;

namespace TicBot.TestSupport.Azurite;

/// <summary>
/// One Azurite blob service per test assembly, on a free loopback port and in a temporary folder, stopped
/// and removed at the end. Use it as an xunit assembly fixture:
/// <c>[assembly: AssemblyFixture(typeof(AzuriteFixture))]</c>. Never skipped: without Node.js it fails
/// saying how to install it.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    // Azurite's well-known development account (public, documented by Microsoft; not a secret).
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private readonly StringBuilder _log = new();
    private Process? _process;
    private string? _folder;
    private int _containers;

    /// <summary>The connection string of the running blob service.</summary>
    public string ConnectionString { get; private set; } = "";

    public int Port { get; private set; }

    /// <summary>A client for a container name unique to this fixture (not created: stores create it).</summary>
    /// <param name="purpose">A few lowercase letters naming the use, at the start of the container name.</param>
    public BlobContainerClient NewContainer(string purpose)
    {
        var name = $"{purpose}{Interlocked.Increment(ref _containers)}-{Guid.NewGuid():N}";
        return new BlobServiceClient(ConnectionString).GetBlobContainerClient(name[..Math.Min(63, name.Length)]);
    }

    public ValueTask InitializeAsync() => new(StartAsync(TestContext.Current.CancellationToken));

    /// <summary>Installs Azurite if needed and starts it; for use outside xunit (benchmarks).</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await NodeTools.RequireNodeAsync(cancellationToken);
        var script = await AzuriteInstaller.EnsureInstalledAsync(AzuriteInstaller.FindPackageFolder(), cancellationToken);
        _folder = Path.Combine(Path.GetTempPath(), "ticbot-azurite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);

        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            _process = Start(script, _folder, Port);
            if (await WaitReadyAsync(_process, Port, cancellationToken))
            {
                break;
            }

            Stop();
            // Another process may have taken the port between the probe and Azurite's bind: try another.
            if (attempt == 3)
            {
                throw new InvalidOperationException($"Azurite did not start on 127.0.0.1:{Port}. Output:\n{Log()}");
            }
        }

        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        if (_folder is not null)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the dying process: the OS temp cleaner will take it.
            }
        }

        return ValueTask.CompletedTask;
    }

    private Process Start(string script, string folder, int port)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     script, "--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--location", folder, "--skipApiVersionCheck", "--disableTelemetry", "--loose", "--silent",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        process.OutputDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<bool> WaitReadyAsync(Process process, int port, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < ReadyTimeout && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string Log()
    {
        lock (_log)
        {
            return _log.ToString();
        }
    }

    private void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        _process = null;
    }
}
