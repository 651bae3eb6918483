using Azure.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TicBot.Bot.Extensions;
using TicBot.BotKit.Storage;

namespace TicBot.Benchmarks;

/// <summary>
/// The real bot, built like Program.cs and the tests' BotTestHost (AddTicBotServices, MapBotEndpoints), on
/// 127.0.0.1 with a free port, Blob storage on the given Azurite (Memory without a connection string) and logging off. Two benchmark-only additions:
/// the Blob client carries <see cref="StorageRequestCounter"/>, and a middleware reads the turn kind header.
/// </summary>
internal sealed class BenchBotHost : IAsyncDisposable
{
    public const string TurnKindHeader = "x-bench-turn";
    private readonly WebApplication _app;

    private BenchBotHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BenchBotHost> StartAsync(string? connectionString, StorageRequestCounter counter, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(BotServiceExtensions).Assembly.GetName().Name,
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Storage:Provider"] = connectionString is null ? "Memory" : "Blob",
            ["Storage:Blob:ConnectionString"] = connectionString,
            ["Storage:Blob:Container"] = $"bench-turns-{Guid.NewGuid():N}",
        });
        builder.Logging.ClearProviders();
        // The same store AddBotStorage makes for Provider=Blob, with the counting policy on its client;
        // registered first, so AddBotStorage's TryAdd keeps it.
        if (connectionString is not null)
        {
            builder.Services.AddSingleton<IStorage>(sp => BlobStorage.Create(
                sp.GetRequiredService<IOptions<StorageOptions>>().Value.Blob,
                options => options.AddPolicy(counter, HttpPipelinePosition.PerRetry)));
        }

        builder.AddTicBotServices();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            StorageRequestCounter.CurrentTurn = Enum.TryParse<TurnKind>(context.Request.Headers[TurnKindHeader].ToString(), out var kind) ? kind : TurnKind.None;
            await next(context);
        });
        app.MapBotEndpoints();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BenchBotHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
