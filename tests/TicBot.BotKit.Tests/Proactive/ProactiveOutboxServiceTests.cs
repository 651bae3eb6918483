using Microsoft.Extensions.Logging.Abstractions;
using TicBot.BotKit.Proactive;

namespace TicBot.BotKit.Tests.Proactive;

public sealed class ProactiveOutboxServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExecuteAsync_MoreThanASecondsWorth_SleepsOnTheClockAndSendsAll()
    {
        var harness = new OutboxHarness();
        using var sut = new ProactiveOutboxService(harness.Outbox, harness.Time, NullLogger<ProactiveOutboxService>.Instance);
        await sut.StartAsync(Ct);
        var requests = Enumerable.Range(0, 10).Select(_ => harness.Outbox.SendAsync(OutboxHarness.Message("a:conv"), Ct)).ToList();

        // The service waits through the fake clock: move it until every send is done (bounded in real time).
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        while (!requests.All(r => r.IsCompleted))
        {
            await Task.Delay(5, limit.Token);
            harness.Time.Advance(TimeSpan.FromMilliseconds(100));
        }

        await sut.StopAsync(Ct);
        Assert.All(await Task.WhenAll(requests), r => Assert.True(r.Succeeded));
        OutboxHarness.AssertWithinLimits([.. harness.Connector.Calls.Select(c => c.At)], TeamsRateLimits.PerConversation, "one conversation");
    }

    [Fact]
    public async Task StopAsync_RequestsWaiting_AreCancelled()
    {
        var harness = new OutboxHarness();
        using var sut = new ProactiveOutboxService(harness.Outbox, harness.Time, NullLogger<ProactiveOutboxService>.Instance);
        await sut.StartAsync(Ct);
        var requests = Enumerable.Range(0, 20).Select(_ => harness.Outbox.SendAsync(OutboxHarness.Message("a:conv"), Ct)).ToList();
        await TestWait.UntilAsync(() => requests.Count(r => r.IsCompleted) == 7, Ct);

        await sut.StopAsync(Ct);

        Assert.Equal(13, requests.Count(r => r.IsCanceled));
    }
}
