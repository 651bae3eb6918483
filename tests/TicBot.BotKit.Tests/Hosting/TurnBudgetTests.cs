using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TicBot.BotKit.Hosting;
using TicBot.TestSupport;

namespace TicBot.BotKit.Tests.Hosting;

/// <summary>Issue 17: what ends a turn — its deadline and host shutdown, not the caller leaving.</summary>
public sealed class TurnBudgetTests : IAsyncLifetime
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FakeChannel _channel = null!;
    private BotKitTestHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync(cancellationToken: Ct);
        _host = await BotKitTestHost.StartAsync(
            async (_, ct) =>
            {
                _started.TrySetResult();
                using var registration = ct.Register(() => _cancelled.TrySetResult());
                await Task.Delay(Timeout.Infinite, ct);
            },
            s => s.Configure<BotKitOptions>(o => o.TurnDeadline = TimeSpan.FromMinutes(1)),
            Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task ProcessAsync_HostStopping_CancelsTheTurnInFlight()
    {
        var request = _host.PostAsync(CloudAdapterTests.Activity("message", """ "id":"m-1","text":"long" """, _channel.ServiceUrl), Ct);
        await _started.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        _host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        await _cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.True(_cancelled.Task.IsCompletedSuccessfully);
        try
        {
            (await request).Dispose();
        }
        catch (HttpRequestException)
        {
            // The server may close the connection while stopping: what matters is that the turn was cancelled.
        }
    }
}
