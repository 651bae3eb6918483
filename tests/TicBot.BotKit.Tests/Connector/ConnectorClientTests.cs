using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Connector;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Schema;
using TicBot.TestSupport;

namespace TicBot.BotKit.Tests.Connector;

public sealed partial class ConnectorClientTests : IAsyncLifetime
{
    /// <summary>Distinct from every backoff delay, so that the attempt's timer is told apart from a retry's.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(40);

    private readonly TimerWatchingTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private FakeChannel _channel = null!;
    private ServiceProvider _services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync(_time, Ct);
        _services = CreateServices(null);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task ReplyToActivityAsync_BasePathAndChannelThreadId_KeepsBasePathAndEncodesIds()
    {
        var sut = CreateSut();

        var answer = await sut.ReplyToActivityAsync(_channel.ServiceUrl, "team-id;messageid=17", "act 1", Message("bonjour"), Ct);

        var request = Assert.Single(_channel.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/_connector/v3/conversations/team-id%3Bmessageid%3D17/activities/act%201", request.RawTarget);
        Assert.StartsWith("act-", answer.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendToConversationAsync_ActivityWithIdAndTimestamp_SendsNeither()
    {
        var sut = CreateSut();
        var activity = Message("bonjour");
        activity.Id = "inbound-id";
        activity.Timestamp = _time.GetUtcNow();

        await sut.SendToConversationAsync(_channel.ServiceUrl, "conv", activity, Ct);

        var json = Assert.Single(_channel.Requests).Json!.Value;
        Assert.False(json.TryGetProperty("id", out _));
        Assert.False(json.TryGetProperty("timestamp", out _));
        Assert.Equal("bonjour", json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task SendToConversationAsync_LocalMode_SendsNoAuthorizationHeader()
    {
        await CreateSut().SendToConversationAsync(_channel.ServiceUrl, "conv", Message("x"), Ct);

        Assert.Null(Assert.Single(_channel.Requests).Authorization);
    }

    [Fact]
    public async Task SendToConversationAsync_TokenProviderGivesToken_SendsBearerHeader()
    {
        await using var services = CreateServices(new FixedToken("abc.def"));
        var sut = services.GetRequiredService<IConnectorClient>();

        await sut.SendToConversationAsync(_channel.ServiceUrl, "conv", Message("x"), Ct);

        Assert.Equal("Bearer abc.def", Assert.Single(_channel.Requests).Authorization);
    }

    [Fact]
    public async Task SendToConversationAsync_TypingAnswered202WithoutBody_ReturnsEmptyResponse()
    {
        var answer = await CreateSut().SendToConversationAsync(_channel.ServiceUrl, "conv", new Activity { Type = ActivityTypes.Typing }, Ct);

        Assert.Null(answer.Id);
    }

    [Fact]
    public async Task SendToConversationAsync_403MessageWritesBlocked_IsRecognisableAndNotRetried()
    {
        _channel.Enqueue(ScriptedResponse.Error(403, "MessageWritesBlocked", "The bot is blocked"));

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => CreateSut().SendToConversationAsync(_channel.ServiceUrl, "conv", Message("x"), Ct));

        Assert.True(ex.IsMessageWritesBlocked);
        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Single(_channel.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_404WithoutJsonBody_StillThrowsTypedError()
    {
        _channel.Enqueue(new ScriptedResponse(404, "<html>nope</html>"));

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => CreateSut().SendToConversationAsync(_channel.ServiceUrl, "conv", Message("x"), Ct));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Null(ex.Error);
        Assert.False(ex.IsMessageWritesBlocked);
    }

    [Fact]
    public async Task CreateConversationAsync_WithTenant_PostsParametersAndReturnsId()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
        };

        var created = await CreateSut().CreateConversationAsync(_channel.ServiceUrl, parameters, Ct);

        var request = Assert.Single(_channel.Requests);
        Assert.Equal("/_connector/v3/conversations", request.RawTarget);
        Assert.Equal("tenant-1", request.Json!.Value.GetProperty("tenantId").GetString());
        Assert.Equal("29:user", request.Json!.Value.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.StartsWith("conv-", created.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteActivityAsync_Always_SendsDeleteToActivityPath()
    {
        await CreateSut().DeleteActivityAsync(_channel.ServiceUrl, "conv", "act-1", Ct);

        var request = Assert.Single(_channel.Requests);
        Assert.Equal(("DELETE", "/_connector/v3/conversations/conv/activities/act-1"), (request.Method, request.RawTarget));
    }

    [Fact]
    public async Task GetConversationMembersAsync_Always_ReadsMembers()
    {
        var members = await CreateSut().GetConversationMembersAsync(_channel.ServiceUrl, "conv", Ct);
        var paged = await CreateSut().GetConversationPagedMembersAsync(_channel.ServiceUrl, "conv", 50, "next page", Ct);

        Assert.Equal("29:user-1", Assert.Single(members).Id);
        Assert.Equal("29:user-1", Assert.Single(paged.Members).Id);
        Assert.Equal("/_connector/v3/conversations/conv/pagedmembers?pageSize=50&continuationToken=next%20page", _channel.Requests[1].RawTarget);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.org/")]
    [InlineData("/relative")]
    public async Task SendToConversationAsync_InvalidServiceUrl_ThrowsArgumentException(string serviceUrl)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => CreateSut().SendToConversationAsync(serviceUrl, "conv", Message("x"), Ct));
        Assert.Empty(_channel.Requests);
    }

    [Theory]
    [InlineData("http://192.0.2.10:3978/_connector")]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    public async Task SendToConversationAsync_LocalModeNonLoopback_RefusedBeforeAnyRequest(string serviceUrl)
    {
        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => CreateSut().SendToConversationAsync(serviceUrl, "conv", Message("x"), Ct));

        Assert.Contains("loopback", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendToConversationAsync_AppIdAndPlainHttpNonLoopback_TokenNeverRequested()
    {
        var tokens = new CountingToken();
        await using var services = CreateServices(tokens, new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "5f1c1d0e-7a2b-4c3d-9e8f-0a1b2c3d4e5f",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "0b8f3c2a-1d4e-4f5a-8b6c-7d9e0f1a2b3c",
        });

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(
            () => services.GetRequiredService<IConnectorClient>().SendToConversationAsync("http://192.0.2.10/", "conv", Message("x"), Ct));

        Assert.Contains("https", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, tokens.Calls);
    }

    [Fact]
    public async Task SendToConversationAsync_AppIdAndLoopbackHttp_SendsToken()
    {
        await using var services = CreateServices(new FixedToken("abc.def"), new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "5f1c1d0e-7a2b-4c3d-9e8f-0a1b2c3d4e5f",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "0b8f3c2a-1d4e-4f5a-8b6c-7d9e0f1a2b3c",
        });

        await services.GetRequiredService<IConnectorClient>().SendToConversationAsync(_channel.ServiceUrl, "conv", Message("x"), Ct);

        Assert.Equal("Bearer abc.def", Assert.Single(_channel.Requests).Authorization);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private IConnectorClient CreateSut() => _services.GetRequiredService<IConnectorClient>();

    private ServiceProvider CreateServices(IConnectorTokenProvider? tokens, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        services.AddSingleton<TimeProvider>(_time);
        if (tokens is not null)
        {
            services.AddSingleton(tokens);
        }

        services.AddBotKit();
        services.Configure<ConnectorOptions>(o => o.RequestTimeout = RequestTimeout);
        return services.BuildServiceProvider();
    }

    /// <summary>A timer other than an attempt's timeout: the pause before a retry.</summary>
    private static bool IsRetryDelay(TimeSpan due) => due != RequestTimeout;

    private static bool IsAttemptTimeout(TimeSpan due) => due == RequestTimeout;

    private sealed class CountingToken : IConnectorTokenProvider
    {
        public int Calls { get; private set; }

        public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult<string?>("secret.token.value");
        }
    }

    private sealed class FixedToken(string token) : IConnectorTokenProvider
    {
        public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
    }
}
