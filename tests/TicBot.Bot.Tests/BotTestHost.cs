using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TicBot.Bot.Extensions;
using TicBot.TestSupport;

namespace TicBot.Bot.Tests;

/// <summary>The real bot (Program's registrations) on a free loopback port, with a fake channel beside it.</summary>
internal sealed class BotTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotTestHost(WebApplication app, HttpClient client, FakeChannel channel)
    {
        _app = app;
        Client = client;
        Channel = channel;
    }

    public HttpClient Client { get; }

    public FakeChannel Channel { get; }

    public IServiceProvider Services => _app.Services;

    public static Task<BotTestHost> StartAsync(CancellationToken cancellationToken, params (string Key, string Value)[] settings)
        => StartAsync(null, cancellationToken, settings);

    /// <param name="configure">Registrations made before <c>AddTicBotServices</c> (to replace a handler).</param>
    public static async Task<BotTestHost> StartAsync(Action<IServiceCollection>? configure, CancellationToken cancellationToken, params (string Key, string Value)[] settings)
    {
        var channel = await FakeChannel.StartAsync(cancellationToken: cancellationToken);
        try
        {
            var app = Build(configure, settings);
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new BotTestHost(app, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) }, channel);
        }
        catch
        {
            await channel.DisposeAsync();
            throw;
        }
    }

    /// <summary>Builds the app exactly as Program.cs does, on 127.0.0.1 with a free port.</summary>
    public static WebApplication Build(params (string Key, string Value)[] settings) => Build(null, settings);

    public static WebApplication Build(Action<IServiceCollection>? configure, params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
        });
        var configuration = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Storage:Provider"] = "Memory",
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.ClearProviders();
        configure?.Invoke(builder.Services);
        builder.AddTicBotServices();
        var app = builder.Build();
        app.MapBotEndpoints();
        return app;
    }

    /// <summary>Posts a fixture's activity with its serviceUrl pointed at the fake channel.</summary>
    public Task<HttpResponseMessage> PostFixtureAsync(string name, CancellationToken cancellationToken, Action<System.Text.Json.Nodes.JsonObject>? change = null)
        => PostAsync(TeamsFixtures.Load(name).BodyWith(Channel.ServiceUrl, change), cancellationToken);

    public Task<HttpResponseMessage> PostAsync(string json, CancellationToken cancellationToken)
        => Client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
