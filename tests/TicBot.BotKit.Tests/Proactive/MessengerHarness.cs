using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Proactive;
using TicBot.BotKit.Storage;
using TicBot.TestSupport;

namespace TicBot.BotKit.Tests.Proactive;

/// <summary>
/// Proactive messaging as a host registers it (real connector client, outbox service running) against a fake Teams
/// connector on a loopback port, with references captured from the recorded payloads.
/// </summary>
internal sealed class MessengerHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IReadOnlyList<IHostedService> _hosted;

    private MessengerHarness(FakeChannel channel, ServiceProvider services)
    {
        Channel = channel;
        _services = services;
        _hosted = [.. services.GetServices<IHostedService>()];
    }

    public FakeChannel Channel { get; }

    public IProactiveMessenger Messenger => _services.GetRequiredService<IProactiveMessenger>();

    public ConversationReferenceStore Store => _services.GetRequiredService<ConversationReferenceStore>();

    public static async Task<MessengerHarness> StartAsync(CancellationToken cancellationToken)
    {
        var channel = await FakeChannel.StartAsync(cancellationToken: cancellationToken);
        var services = new ServiceCollection().AddLogging().AddSingleton<IStorage>(new MemoryStorage())
            .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddBotKit();
        services.AddProactiveMessaging();
        var harness = new MessengerHarness(channel, services.BuildServiceProvider());
        foreach (var hosted in harness._hosted)
        {
            await hosted.StartAsync(cancellationToken);
        }

        return harness;
    }

    /// <summary>Lets the bot learn a place from a recorded activity, pointed at the fake connector.</summary>
    public Task CaptureAsync(string fixture, Action<JsonObject>? change = null)
        => _services.GetRequiredService<ConversationReferenceCapture>()
            .CaptureAsync(ReferenceHarness.Fixture(fixture, change, Channel.ServiceUrl), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _hosted)
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
