using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TicBot.BotKit.Logging;

/// <summary>
/// Installs the configured pseudonym key before any hosted service starts, or says there is none; warns when the key
/// sits in an <c>appsettings</c> file, where a secret does not belong.
/// </summary>
internal sealed partial class LogPseudonymStartup(IOptions<LogPseudonymOptions> options, ILogger<LogPseudonymStartup> logger, IConfiguration? configuration = null)
    : IHostedLifecycleService
{
    private const string KeyPath = LogPseudonymOptions.SectionName + ":" + nameof(LogPseudonymOptions.PseudonymKey);

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (options.Value.PseudonymKey is { Length: > 0 } key)
        {
            LogIds.Use(new LogPseudonymizer(Encoding.UTF8.GetBytes(key)));
            if (SettingsFileHoldingTheKey() is { } file)
            {
                LogKeyInSettingsFile(file);
            }
        }
        else
        {
            LogRandomKey();
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string? SettingsFileHoldingTheKey()
    {
        // The last provider that has the key is the one whose value won.
        var source = (configuration as IConfigurationRoot)?.Providers.LastOrDefault(p => p.TryGet(KeyPath, out _));
        return source is FileConfigurationProvider { Source.Path: { } path }
            && System.IO.Path.GetFileName(path).StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) ? path : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Logging:PseudonymKey is not set: ids in the logs are pseudonymised with a key drawn at this start, so they cannot be correlated across restarts or instances")]
    private partial void LogRandomKey();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Logging:PseudonymKey is read from {File}: a secret belongs in the environment or a key vault, not in a settings file kept with the code")]
    private partial void LogKeyInSettingsFile(string file);
}
