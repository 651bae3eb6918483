using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TicBot.BotKit.Logging;
using TicBot.TestSupport.Logging;

namespace TicBot.BotKit.Tests.Logging;

public sealed class LogPseudonymStartupTests
{
    // Every test that configures a key uses this one: LogIds is process-wide, and tests run in parallel.
    internal const string TestKey = "test-only-pseudonym-key-0123456789abcdef";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_NoKey_SaysAtInformationThatIdsDoNotCorrelateAcrossRestarts()
    {
        var logs = new RecordingLoggerProvider();
        using var host = Build(logs, null);

        await host.StartAsync(Ct);
        await host.StopAsync(Ct);

        var entry = Assert.Single(logs.Entries, e => e.Category == "TicBot.BotKit.Logging.LogPseudonymStartup");
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Contains("cannot be correlated across restarts", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ConfiguredKey_EveryLogIdUsesIt()
    {
        var logs = new RecordingLoggerProvider();
        using var host = Build(logs, TestKey);

        await host.StartAsync(Ct);
        await host.StopAsync(Ct);

        var expected = new LogPseudonymizer(System.Text.Encoding.UTF8.GetBytes(TestKey));
        Assert.Equal(expected.Pseudonym("29:someone"), LogIds.User("29:someone"));
        Assert.Equal(expected.Key("msteams/users/29:someone"), LogIds.Key("msteams/users/29:someone"));
        Assert.DoesNotContain(logs.Entries, e => e.Category == "TicBot.BotKit.Logging.LogPseudonymStartup");
    }

    [Fact]
    public async Task Start_KeyShorterThan32Characters_FailsNamingTheSetting()
    {
        using var host = Build(new RecordingLoggerProvider(), "too-short");

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("Logging:PseudonymKey", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_KeyInAppSettingsFile_WarnsThatASecretDoesNotBelongThere()
    {
        var folder = Directory.CreateTempSubdirectory("ticbot-pseudonym-").FullName;
        try
        {
            var file = Path.Combine(folder, "appsettings.Production.json");
            await File.WriteAllTextAsync(file, $$$"""{"Logging":{"PseudonymKey":"{{{TestKey}}}"}}""", Ct);
            var logs = new RecordingLoggerProvider();
            using var host = Build(logs, null, configuration => configuration.AddJsonFile(file));

            await host.StartAsync(Ct);
            await host.StopAsync(Ct);

            var warning = Assert.Single(logs.Entries, e => e.Category == "TicBot.BotKit.Logging.LogPseudonymStartup");
            Assert.Equal((LogLevel.Warning, "appsettings.Production.json"), (warning.Level, warning.Values["File"]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IHost Build(RecordingLoggerProvider logs, string? key, Action<IConfigurationBuilder>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:PseudonymKey"] = key });
        configure?.Invoke(builder.Configuration);
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddLogPseudonyms();
        return builder.Build();
    }
}
