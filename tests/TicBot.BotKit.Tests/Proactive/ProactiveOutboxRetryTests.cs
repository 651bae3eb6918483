using System.Net;
using System.Net.Http;
using TicBot.BotKit.Connector;
using TicBot.BotKit.Proactive;

namespace TicBot.BotKit.Tests.Proactive;

/// <summary>What the outbox does with a refused call: wait and retry, or give up with a reason.</summary>
public sealed class ProactiveOutboxRetryTests
{
    private readonly OutboxHarness _harness = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_429ThenOk_WaitsForRetryAfterThenSends()
    {
        _harness.Connector.Failures.Enqueue(RecordingConnector.Error(HttpStatusCode.TooManyRequests, "TooManyRequests", TimeSpan.FromSeconds(7)));

        var result = Assert.Single(await _harness.DrainAsync([_harness.Outbox.SendAsync(OutboxHarness.Message("a:conv"), Ct)], Ct));

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Attempts);
        var calls = _harness.Connector.Calls;
        Assert.Equal(TimeSpan.FromSeconds(7), calls[1].At - calls[0].At);
    }

    [Fact]
    public async Task SendAsync_429_OtherConversationsGoOnMeanwhile()
    {
        _harness.Connector.Failures.Enqueue(RecordingConnector.Error(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(30)));
        var throttled = _harness.Outbox.SendAsync(OutboxHarness.Message("a:one"), Ct);
        await Task.WhenAll(_harness.Outbox.RunDue(Ct));

        var other = _harness.Outbox.SendAsync(OutboxHarness.Message("a:two"), Ct);
        await Task.WhenAll(_harness.Outbox.RunDue(Ct));

        Assert.True(other.IsCompletedSuccessfully);
        Assert.False(throttled.IsCompleted);
        Assert.Equal(_harness.Start.AddSeconds(30), _harness.Outbox.NextDueAt);
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanAllowed_GivesUpThrottled()
    {
        _harness.Connector.Failures.Enqueue(RecordingConnector.Error(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromHours(1)));

        var result = Assert.Single(await _harness.DrainAsync([_harness.Outbox.SendAsync(OutboxHarness.Message("a:conv"), Ct)], Ct));

        Assert.Equal((DeliveryReason.Throttled, 1), (result.Reason, result.Attempts));
    }

    [Theory]
    [InlineData("MessageWritesBlocked", DeliveryReason.BlockedByUser)]
    [InlineData("BotDisabledByAdmin", DeliveryReason.BotDisabledByAdmin)]
    [InlineData("Forbidden", DeliveryReason.Forbidden)]
    public async Task SendAsync_403_GivesUpAtOnceWithTheReason(string code, DeliveryReason expected)
    {
        _harness.Connector.Failures.Enqueue(RecordingConnector.Error(HttpStatusCode.Forbidden, code));

        var result = Assert.Single(await _harness.DrainAsync([_harness.Outbox.SendAsync(OutboxHarness.Message("a:conv"), Ct)], Ct));

        Assert.Equal((expected, 1), (result.Reason, result.Attempts));
        Assert.Contains(code, result.Detail, StringComparison.Ordinal);
        Assert.Single(_harness.Connector.Calls);
    }

    [Fact]
    public async Task SendAsync_404_GivesUpConversationNotFound()
    {
        _harness.Connector.Failures.Enqueue(RecordingConnector.Error(HttpStatusCode.NotFound, "ConversationNotFound"));

        var result = Assert.Single(await _harness.DrainAsync([_harness.Outbox.SendAsync(OutboxHarness.Message("a:conv"), Ct)], Ct));

        Assert.Equal(DeliveryReason.ConversationNotFound, result.Reason);
    }

    [Fact]
    public async Task SendAsync_503Twice_RetriesWithGrowingBackoffThenSends()
    {
        _harness.Connector.Failures.Enqueue(RecordingConnector.Error(HttpStatusCode.ServiceUnavailable));
        _harness.Connector.Failures.Enqueue(RecordingConnector.Error(HttpStatusCode.BadGateway));

        var result = Assert.Single(await _harness.DrainAsync([_harness.Outbox.SendAsync(OutboxHarness.Message("a:conv"), Ct)], Ct));

        Assert.Equal((DeliveryReason.None, 3), (result.Reason, result.Attempts));
        var at = _harness.Connector.Calls.Select(c => c.At).ToList();
        Assert.InRange(at[1] - at[0], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.InRange(at[2] - at[1], TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task SendAsync_5xxEveryTime_GivesUpAfterMaxAttempts()
    {
        foreach (var _ in Enumerable.Range(0, 10))
        {
            _harness.Connector.Failures.Enqueue(RecordingConnector.Error(HttpStatusCode.InternalServerError));
        }

        var result = Assert.Single(await _harness.DrainAsync([_harness.Outbox.SendAsync(OutboxHarness.Message("a:conv"), Ct)], Ct));

        Assert.Equal((DeliveryReason.ServiceUnavailable, 4), (result.Reason, result.Attempts));
        Assert.Equal(4, _harness.Connector.Calls.Count);
    }

    [Fact]
    public async Task SendAsync_NoAnswerInTime_NotRepeatedBecauseItMayHaveArrived()
    {
        _harness.Connector.Failures.Enqueue(RecordingConnector.Timeout());

        var result = Assert.Single(await _harness.DrainAsync([_harness.Outbox.SendAsync(OutboxHarness.Message("a:conv"), Ct)], Ct));

        Assert.Equal((DeliveryReason.DeliveryUncertain, 1), (result.Reason, result.Attempts));
    }

    [Fact]
    public async Task SendAsync_ConnectionNeverOpened_Retried()
    {
        var refused = new HttpRequestException(HttpRequestError.ConnectionError, "refused");
        _harness.Connector.Failures.Enqueue(new ConnectorException("POST failed", statusCode: null, error: null, isTimeout: false, refused));

        var result = Assert.Single(await _harness.DrainAsync([_harness.Outbox.SendAsync(OutboxHarness.Message("a:conv"), Ct)], Ct));

        Assert.Equal((DeliveryReason.None, 2), (result.Reason, result.Attempts));
    }

    [Fact]
    public async Task SendAsync_400_GivesUpRejected()
    {
        _harness.Connector.Failures.Enqueue(RecordingConnector.Error(HttpStatusCode.BadRequest, "BadSyntax"));

        var result = Assert.Single(await _harness.DrainAsync([_harness.Outbox.SendAsync(OutboxHarness.Message("a:conv"), Ct)], Ct));

        Assert.Equal(DeliveryReason.Rejected, result.Reason);
    }

    [Fact]
    public async Task SendAsync_CallerCancelsWhileWaiting_WithdrawnAndNeverSent()
    {
        using var caller = new CancellationTokenSource();
        _harness.Connector.Failures.Enqueue(RecordingConnector.Error(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(5)));
        var first = _harness.Outbox.SendAsync(OutboxHarness.Message("a:conv"), Ct);
        var second = _harness.Outbox.SendAsync(OutboxHarness.Message("a:conv"), caller.Token);
        await Task.WhenAll(_harness.Outbox.RunDue(Ct));

        await caller.CancelAsync();
        await _harness.DrainAsync([first], Ct);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        Assert.Equal(2, _harness.Connector.Calls.Count);
    }

    [Fact]
    public async Task SendAsync_QueueFull_FailsAtOnce()
    {
        var sut = new OutboxHarness(new ProactiveOptions { MaxQueuedSends = 2 }).Outbox;
        _ = sut.SendAsync(OutboxHarness.Message("a:conv"), Ct);
        _ = sut.SendAsync(OutboxHarness.Message("a:conv"), Ct);

        var third = await sut.SendAsync(OutboxHarness.Message("a:conv"), Ct);

        Assert.Equal(DeliveryReason.QueueFull, third.Reason);
    }

    [Fact]
    public async Task CancelWaiting_HostStopping_CancelsWhatWaits()
    {
        var waiting = _harness.Outbox.SendAsync(OutboxHarness.Message("a:conv"), Ct);

        _harness.Outbox.CancelWaiting();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Null(_harness.Outbox.NextDueAt);
    }
}
