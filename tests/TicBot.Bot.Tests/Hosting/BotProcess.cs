using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace TicBot.Bot.Tests.Hosting;

/// <summary>
/// The built bot (<c>TicBot.Bot.dll</c>, copied beside the tests) run as its own process on a free loopback port,
/// with the environment given: what a container runs.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process) => _process = process;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Everything the process wrote on stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the bot built beside the tests and waits until it listens.</summary>
    /// <exception cref="TimeoutException">The bot did not listen within <paramref name="timeout"/>; the message holds its output.</exception>
    public static Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout, CancellationToken cancellationToken)
        => StartAsync(AppContext.BaseDirectory, environment, timeout, cancellationToken);

    /// <summary>Starts the bot of <paramref name="folder"/> (where <c>TicBot.Bot.dll</c> is, also the working directory).</summary>
    /// <exception cref="TimeoutException">The bot did not listen within <paramref name="timeout"/>; the message holds its output.</exception>
    public static async Task<BotProcess> StartAsync(string folder, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(folder, "TicBot.Bot.dll"));
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var bot = new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot."));
        bot._process.OutputDataReceived += (_, e) => bot.Record(e.Data, listening);
        bot._process.ErrorDataReceived += (_, e) => bot.Record(e.Data, listening);
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        try
        {
            var address = await listening.Task.WaitAsync(timeout, cancellationToken);
            bot.Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
            return bot;
        }
        catch (TimeoutException)
        {
            await bot.DisposeAsync();
            throw new TimeoutException($"The bot did not listen within {timeout}. Its output:\n{bot.Output}");
        }
    }

    private void Record(string? line, TaskCompletionSource<Uri> listening)
    {
        if (line is null)
        {
            listening.TrySetException(new InvalidOperationException($"The bot stopped before listening. Its output:\n{Output}"));
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }
}
