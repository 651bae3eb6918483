using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Tests.Hosting;
using TicBot.TestSupport.Logging;

namespace TicBot.BotKit.Tests.Logging;

public sealed class RejectedRequestLogTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingLoggerProvider _logs = new();
    private readonly RejectedRequestLog _sut;

    public RejectedRequestLogTests() => _sut = new RejectedRequestLog(_time, new Logger<RejectedRequestLog>(new LoggerFactory([_logs])));

    public void Dispose() => _sut.Dispose();

    [Fact]
    public void Record_EachRefusal_LoggedOnceAtDebugWithItsReason()
    {
        _sut.Record(401, "Unauthorized", "the token has expired");
        _sut.Record(413, "PayloadTooLarge", "The body is larger than 2048 bytes.");

        Assert.Equal(
            [(LogLevel.Debug, "Request rejected: 401 Unauthorized (the token has expired)"), (LogLevel.Debug, "Request rejected: 413 PayloadTooLarge (The body is larger than 2048 bytes.)")],
            _logs.Entries.Select(e => (e.Level, e.Message)));
    }

    [Fact]
    public void Period_Elapsed_OneWarningCountsTheRefusalsByReason()
    {
        _sut.Record(401, "Unauthorized", "no token");
        _sut.Record(413, "PayloadTooLarge", "too big");
        _sut.Record(401, "Unauthorized", "bad signature");

        _time.Advance(RejectedRequestLog.Period - TimeSpan.FromSeconds(1));
        var before = _logs.Entries.Count(e => e.Level == LogLevel.Warning);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(0, before);
        var warning = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal("3 requests rejected in the last 00:01:00 (401 Unauthorized × 2, 413 PayloadTooLarge × 1)", warning.Message);
    }

    [Fact]
    public void Period_NoRefusalSinceTheLastCount_LogsNothing()
    {
        _sut.Record(415, "UnsupportedMediaType", "text/plain");
        _time.Advance(RejectedRequestLog.Period);

        _time.Advance(RejectedRequestLog.Period * 3);

        Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public void Dispose_StopsTheCount()
    {
        _sut.Record(400, "BadRequest", "not JSON");

        _sut.Dispose();
        _time.Advance(RejectedRequestLog.Period);

        Assert.DoesNotContain(_logs.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task BotEndpoint_BadRequests_EachDebugOnceThenOneWarningAMinute()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var host = await BotKitTestHost.StartAsync((_, _) => Task.CompletedTask, services => services.AddSingleton<TimeProvider>(time), ct);

        (await host.PostAsync("hello", ct, "text/plain")).Dispose();
        (await host.PostAsync("{not json", ct)).Dispose();
        (await host.PostAsync("{\"type\":\"message\"}", ct, "text/plain")).Dispose();
        var debug = host.Logs.Entries.Where(e => e.Category == typeof(RejectedRequestLog).FullName).ToList();
        time.Advance(RejectedRequestLog.Period);

        Assert.Equal(3, debug.Count);
        Assert.All(debug, e => Assert.Equal(LogLevel.Debug, e.Level));
        var warning = Assert.Single(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Category == typeof(RejectedRequestLog).FullName);
        Assert.Equal("3 requests rejected in the last 00:01:00 (415 UnsupportedMediaType × 2, 400 BadRequest × 1)", warning.Message);
    }
}
