using TicBot.BotKit.Proactive;

namespace TicBot.BotKit.Tests.Proactive;

/// <summary>Teams' limits: per conversation 7/1 s, 8/2 s, 60/30 s, 1,800/h; about 50/s per tenant.</summary>
public sealed class ProactiveOutboxPacingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunDue_200MessagesToOneConversation_NoWindowOverItsLimitAndInOrder()
    {
        var harness = new OutboxHarness();
        var requests = Enumerable.Range(0, 200).Select(i => harness.Outbox.SendAsync(OutboxHarness.Message("a:conv", $"m{i}"), Ct)).ToList();

        var results = await harness.DrainAsync(requests, Ct);

        Assert.All(results, r => Assert.True(r.Succeeded));
        var sends = harness.Connector.Calls;
        Assert.Equal(200, sends.Count);
        OutboxHarness.AssertWithinLimits([.. sends.Select(s => s.At)], TeamsRateLimits.PerConversation, "one conversation");
        // 60 per 30 s bounds it: the 200th send can come in the fourth half-minute, not much later.
        var took = sends[^1].At - harness.Start;
        Assert.InRange(took, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(120));
        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"act-{i}"), results.Select(r => r.Id));
    }

    [Fact]
    public async Task RunDue_2000MessagesAcross100Conversations_NoWindowOverItsLimit()
    {
        var harness = new OutboxHarness();
        var requests = Enumerable.Range(0, 2_000).Select(i => harness.Outbox.SendAsync(OutboxHarness.Message($"a:conv-{i % 100}"), Ct)).ToList();

        var results = await harness.DrainAsync(requests, Ct);

        Assert.All(results, r => Assert.True(r.Succeeded));
        var sends = harness.Connector.Calls;
        Assert.Equal(2_000, sends.Count);
        OutboxHarness.AssertWithinLimits([.. sends.Select(s => s.At)], TeamsRateLimits.PerTenant(50), "the tenant");
        foreach (var conversation in sends.GroupBy(s => s.Target))
        {
            Assert.Equal(20, conversation.Count());
            OutboxHarness.AssertWithinLimits([.. conversation.Select(s => s.At)], TeamsRateLimits.PerConversation, conversation.Key);
        }

        // 50 per second for the tenant bounds it: 2,000 sends take 40 s, and the outbox is not much slower.
        Assert.InRange(sends[^1].At - harness.Start, TimeSpan.FromSeconds(39), TimeSpan.FromSeconds(45));
    }

    [Fact]
    public async Task RunDue_TwoTenants_EachHasItsOwnPerSecondLimit()
    {
        var harness = new OutboxHarness(new ProactiveOptions { TenantRequestsPerSecond = 10 });
        var requests = Enumerable.Range(0, 40)
            .Select(i => harness.Outbox.SendAsync(OutboxHarness.Message($"a:conv-{i % 20}", tenant: i % 2 == 0 ? "t1" : "t2"), Ct))
            .ToList();

        await harness.DrainAsync(requests, Ct);

        var sends = harness.Connector.Calls.Select(s => s.At).ToList();
        OutboxHarness.AssertWithinLimits(sends, TeamsRateLimits.PerTenant(20), "both tenants");
        Assert.Equal(20, sends.Count(t => t == harness.Start));
    }

    [Fact]
    public async Task RunDue_MaxConcurrentSends_StartsNoMoreAtOnce()
    {
        var harness = new OutboxHarness(new ProactiveOptions { MaxConcurrentSends = 3 });
        foreach (var i in Enumerable.Range(0, 10))
        {
            _ = harness.Outbox.SendAsync(OutboxHarness.Message($"a:conv-{i}"), Ct);
        }

        var started = harness.Outbox.RunDue(Ct);

        Assert.Equal(3, started.Count);
        await Task.WhenAll(started);
    }
}
