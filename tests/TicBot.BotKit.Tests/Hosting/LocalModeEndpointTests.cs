using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using TicBot.TestSupport;

namespace TicBot.BotKit.Tests.Hosting;

/// <summary>Issue 19: local mode through the real endpoint — only header-less callers, only loopback service URLs.</summary>
public sealed class LocalModeEndpointTests : IAsyncLifetime
{
    private FakeChannel _channel = null!;
    private BotKitTestHost _host = null!;
    private int _turns;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync(cancellationToken: Ct);
        _host = await BotKitTestHost.StartAsync(
            (turn, ct) =>
            {
                Interlocked.Increment(ref _turns);
                return turn.SendActivityAsync("pong", ct);
            },
            null,
            Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Theory]
    [InlineData("Bearer garbage")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task PostMessage_LocalModeWithAuthorizationHeader_401AndNoTurn(string header)
    {
        using var response = await PostAsync(_channel.ServiceUrl, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _turns);
        Assert.Empty(_channel.Requests);
    }

    [Fact]
    public async Task PostMessage_LocalModeServiceUrlOnAnotherAddressOfThisMachine_401AndNothingSent()
    {
        var port = new Uri(_channel.ServiceUrl).Port;
        var address = NonLoopbackAddressOfThisMachine();

        using var response = await PostAsync($"http://{address}:{port}{FakeChannel.BasePath}", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _turns);
        Assert.Empty(_channel.Requests);
    }

    [Fact]
    public async Task PostMessage_LocalModeLoopbackWithoutHeader_Replies()
    {
        using var response = await PostAsync(_channel.ServiceUrl, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_channel.PostedActivities);
    }

    /// <summary>An address of this machine other than loopback (a documentation address when it has none).</summary>
    private static string NonLoopbackAddressOfThisMachine()
        => NetworkInterface.GetAllNetworkInterfaces()
               .Where(n => n.OperationalStatus == OperationalStatus.Up)
               .SelectMany(n => n.GetIPProperties().UnicastAddresses)
               .Select(a => a.Address)
               .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))?.ToString()
           ?? "192.0.2.10";

    private Task<HttpResponseMessage> PostAsync(string serviceUrl, string? authorization)
    {
        var body = CloudAdapterTests.Activity("message", """ "id":"in-1","text":"ping" """, serviceUrl);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return _host.Client.SendAsync(request, Ct);
    }
}
