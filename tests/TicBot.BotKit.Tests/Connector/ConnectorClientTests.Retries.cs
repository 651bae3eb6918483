using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Connector;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Schema;
using TicBot.TestSupport;

namespace TicBot.BotKit.Tests.Connector;

/// <summary>Retries, each wait advanced on the fake clock by exactly its length.</summary>
public sealed partial class ConnectorClientTests
{
    [Fact]
    public async Task SendToConversationAsync_429WithRetryAfter_WaitsThatLongThenRetries()
    {
        _channel.Enqueue(ScriptedResponse.TooManyRequests(retryAfterSeconds: 3));
        var call = CreateSut().SendToConversationAsync(_channel.ServiceUrl, "conv", Message("x"), Ct);

        var waited = await _time.AdvanceByNextTimerAsync(IsRetryDelay, Ct);
        var answer = await call;

        Assert.NotNull(answer.Id);
        Assert.Equal(TimeSpan.FromSeconds(3), waited);
        var requests = _channel.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(waited, requests[1].ReceivedAt - requests[0].ReceivedAt);
    }

    [Fact]
    public async Task SendToConversationAsync_429WithRetryAfterDate_WaitsUntilThatDate()
    {
        var until = _time.GetUtcNow().AddSeconds(5).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        _channel.Enqueue(new ScriptedResponse(429, null, new Dictionary<string, string> { ["Retry-After"] = until }));
        var call = CreateSut().SendToConversationAsync(_channel.ServiceUrl, "conv", Message("x"), Ct);

        var waited = await _time.AdvanceByNextTimerAsync(IsRetryDelay, Ct);
        await call;

        Assert.Equal(TimeSpan.FromSeconds(5), waited);
        Assert.Equal(2, _channel.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_429AskingMoreThanMaxRetryAfter_FailsWithoutRetry()
    {
        _channel.Enqueue(ScriptedResponse.TooManyRequests(retryAfterSeconds: 3600));
        var sut = CreateSut();

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => sut.SendToConversationAsync(_channel.ServiceUrl, "conv", Message("x"), Ct));

        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
        Assert.Single(_channel.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterBeyondTheTurnDeadline_FailsAtOnceWithoutWaiting()
    {
        _channel.Enqueue(ScriptedResponse.TooManyRequests(retryAfterSeconds: 3));
        using var deadline = TurnDeadline.Begin(_time.GetUtcNow().AddSeconds(2));

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => CreateSut().SendToConversationAsync(_channel.ServiceUrl, "conv", Message("x"), Ct));

        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
        Assert.Single(_channel.Requests);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task SendToConversationAsync_TransientThenSuccess_RetriesWithJitteredBackoff(int status)
    {
        _channel.Enqueue(ScriptedResponse.Error(status, "Transient"));
        var call = CreateSut().SendToConversationAsync(_channel.ServiceUrl, "conv", Message("x"), Ct);

        var waited = await _time.AdvanceByNextTimerAsync(IsRetryDelay, Ct);
        var answer = await call;

        Assert.NotNull(answer.Id);
        var requests = _channel.Requests;
        Assert.Equal(2, requests.Count);
        // Base delay 500 ms, 50–100 % of it on the first retry.
        Assert.InRange(waited, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500));
        Assert.Equal(waited, requests[1].ReceivedAt - requests[0].ReceivedAt);
    }

    [Fact]
    public async Task SendToConversationAsync_503Always_GivesUpAfterMaxRetriesWithTypedError()
    {
        var options = new ConnectorOptions();
        for (var i = 0; i <= options.MaxRetries + 2; i++)
        {
            _channel.Enqueue(ScriptedResponse.Error(503, "ServiceUnavailable", "busy"));
        }

        var call = CreateSut().SendToConversationAsync(_channel.ServiceUrl, "conv", Message("x"), Ct);
        for (var retry = 0; retry < options.MaxRetries; retry++)
        {
            await _time.AdvanceByNextTimerAsync(IsRetryDelay, Ct);
        }

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => call);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal("ServiceUnavailable", ex.ErrorCode);
        Assert.Equal(options.MaxRetries + 1, _channel.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_PostTimesOut_IsNotRetried()
    {
        _channel.Enqueue(ScriptedResponse.NoAnswer());
        var call = CreateSut().SendToConversationAsync(_channel.ServiceUrl, "conv", Message("x"), Ct);
        var due = await _time.NextTimerAsync(IsAttemptTimeout, Ct);
        await _channel.WaitForRequestsAsync(1, TimeSpan.FromSeconds(30), Ct);

        _time.Advance(due);
        var ex = await Assert.ThrowsAsync<ConnectorException>(() => call);

        Assert.True(ex.IsTimeout);
        Assert.Null(ex.StatusCode);
        Assert.Single(_channel.Requests);
    }

    [Fact]
    public async Task UpdateActivityAsync_PutTimesOut_IsRetried()
    {
        _channel.Enqueue(ScriptedResponse.NoAnswer());
        var call = CreateSut().UpdateActivityAsync(_channel.ServiceUrl, "conv", "act-9", Message("v2"), Ct);
        var due = await _time.NextTimerAsync(IsAttemptTimeout, Ct);
        await _channel.WaitForRequestsAsync(1, TimeSpan.FromSeconds(30), Ct);

        _time.Advance(due);
        await _time.AdvanceByNextTimerAsync(IsRetryDelay, Ct);
        var answer = await call;

        Assert.Equal("act-9", answer.Id);
        Assert.Equal(2, _channel.Requests.Count);
        Assert.All(_channel.Requests, r => Assert.Equal("PUT", r.Method));
        Assert.Equal(_channel.Requests[0].Body, _channel.Requests[1].Body);
    }
}
