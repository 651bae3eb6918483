using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Tests.Hosting;
using TicBot.TestSupport;
using TicBot.TestSupport.Auth;
using static TicBot.TestSupport.Auth.BotAuthenticationTestEnvironment;

namespace TicBot.BotKit.Tests.Authentication;

/// <summary>Through the real <c>/api/messages</c> endpoint: who gets in, what the bot sends out, and with which token.</summary>
public sealed class EndToEndAuthenticationTests : IAsyncLifetime
{
    private BotAuthenticationTestEnvironment _env = null!;
    private FakeChannel _channel = null!;
    private BotKitTestHost _host = null!;
    private int _turns;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _env = await StartAsync(Ct);

        // The whole host runs on the real clock; tokens are minted relative to it.
        _env.Time.SetUtcNow(TimeProvider.System.GetUtcNow());
        _channel = await FakeChannel.StartAsync(cancellationToken: Ct);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_env.Settings).Build();
        _host = await BotKitTestHost.StartAsync(
            (turn, ct) =>
            {
                Interlocked.Increment(ref _turns);
                return turn.SendActivityAsync("pong", ct);
            },
            services =>
            {
                services.AddBotFrameworkAuthentication(configuration);
                _env.AddFakeIdentityHttp(services);
            },
            Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
        await _env.DisposeAsync();
    }

    [Fact]
    public async Task PostMessage_ValidChannelToken_BotRepliesWithConnectorToken()
    {
        var token = TestTokens.Create(_env.ChannelKey, TestTokenDescriptor.Channel(AppId, _channel.ServiceUrl, _env.Time.GetUtcNow()));

        using var response = await PostAsync("Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _turns);
        var reply = Assert.Single(_channel.PostedActivities);
        Assert.Equal("Bearer fake-connector-token-1", reply.Authorization);
        Assert.Equal(1, _env.Server.TokenRequestCount);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not.a.jwt")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task PostMessage_MissingOrGarbageHeader_401AndNothingSent(string? header)
    {
        using var response = await PostAsync(header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _turns);
        Assert.Empty(_channel.Requests);
        Assert.Equal(0, _env.Server.MetadataRequestCount);
        Assert.Equal(0, _env.Server.TokenRequestCount);
    }

    [Fact]
    public async Task PostMessage_TokenForAnotherServiceUrl_401AndNothingSent()
    {
        var token = TestTokens.Create(_env.ChannelKey, TestTokenDescriptor.Channel(AppId, "https://attacker.example/", _env.Time.GetUtcNow()));

        using var response = await PostAsync("Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _turns);
        Assert.Empty(_channel.Requests);
    }

    [Fact]
    public async Task PostMessage_KeysUnavailable_503AndNothingSent()
    {
        _env.Server.MetadataMode = FakeMetadataMode.Failing;
        var token = TestTokens.Create(_env.ChannelKey, TestTokenDescriptor.Channel(AppId, _channel.ServiceUrl, _env.Time.GetUtcNow()));

        using var response = await PostAsync("Bearer " + token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(0, _turns);
        Assert.Empty(_channel.Requests);
        var logged = Assert.Single(_host.Logs.Entries, e => e.Category.EndsWith("BotFrameworkRequestAuthenticator", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains(_env.Server.ChannelMetadataUrl.AbsoluteUri, logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessage_AnyOutcome_LogsNeitherTokenNorSecret()
    {
        var good = TestTokens.Create(_env.ChannelKey, TestTokenDescriptor.Channel(AppId, _channel.ServiceUrl, _env.Time.GetUtcNow()));
        var wrongAudience = TestTokens.Create(_env.ChannelKey, TestTokenDescriptor.Channel("other-app", _channel.ServiceUrl, _env.Time.GetUtcNow()));

        (await PostAsync("Bearer " + good)).Dispose();
        (await PostAsync("Bearer " + wrongAudience)).Dispose();

        var everything = string.Join("\n", _host.Logs.Entries.Select(e => $"{e.Message} {e.Exception}"));
        Assert.Contains("rejected", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(AppPassword, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(good.Split('.')[2], everything, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongAudience.Split('.')[2], everything, StringComparison.Ordinal);
        Assert.DoesNotContain("fake-connector-token", everything, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PostAsync(string? authorization)
    {
        var body = CloudAdapterTests.Activity("message", """ "id":"in-1","text":"ping" """, _channel.ServiceUrl);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return _host.Client.SendAsync(request, Ct);
    }
}
