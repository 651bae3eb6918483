using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Hosting;
using TicBot.TestSupport.Logging;

namespace TicBot.BotKit.Tests.Hosting;

/// <summary>A real Kestrel host on a free loopback port serving <c>/api/messages</c> with a test bot.</summary>
internal sealed class BotKitTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotKitTestHost(WebApplication app, HttpClient client, RecordingLoggerProvider logs)
    {
        _app = app;
        Client = client;
        Logs = logs;
    }

    public HttpClient Client { get; }

    public RecordingLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BotKitTestHost> StartAsync(BotCallbackHandler bot, Action<IServiceCollection>? configure, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var logs = new RecordingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IBot>(new DelegateBot(bot));
        configure?.Invoke(builder.Services);
        builder.Services.AddBotKit();
        var app = builder.Build();
        app.MapBotMessages();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
        return new BotKitTestHost(app, client, logs);
    }

    public Task<HttpResponseMessage> PostAsync(string body, CancellationToken cancellationToken, string? contentType = "application/json")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return Client.PostAsync("/api/messages", content, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private sealed class DelegateBot(BotCallbackHandler handler) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => handler(turnContext, cancellationToken);
    }
}
