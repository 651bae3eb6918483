using System.Net;
using System.Net.Sockets;
using System.Text;
using TicBot.TestSupport;

namespace TicBot.BotKit.Tests.Hosting;

/// <summary>Clients that break the HTTP exchange: the endpoint survives and keeps serving.</summary>
public sealed class BrokenConnectionTests : IAsyncLifetime
{
    private FakeChannel _channel = null!;
    private BotKitTestHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync(cancellationToken: Ct);
        _host = await BotKitTestHost.StartAsync((turn, ct) => turn.SendActivityAsync("ok", ct), null, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Theory]
    [InlineData(1000, 10)]
    [InlineData(300_000, 1000)]
    public async Task ProcessAsync_ClientClosesMidBody_HostKeepsServing(int announced, int sent)
    {
        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(_host.Client.BaseAddress!.Host, _host.Client.BaseAddress.Port, Ct);
            var stream = tcp.GetStream();
            var head = $"POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {announced}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "{\"type\":\"message\"" + new string(' ', sent)), Ct);
            await stream.FlushAsync(Ct);
        }

        using var after = await _host.PostAsync(CloudAdapterTests.Activity("message", """ "text":"still there?" """, _channel.ServiceUrl), Ct);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Single(_channel.PostedActivities);
    }
}
