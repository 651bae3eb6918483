using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Connector;
using TicBot.BotKit.Logging;

namespace TicBot.BotKit.Hosting;

/// <summary>Registers the Bot Framework layer: adapter, connector client, error policy, local-mode auth.</summary>
public static class BotKitServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="CloudAdapter"/> (also as <see cref="BotAdapter"/>), <see cref="IConnectorClient"/>,
    /// <see cref="TurnErrorPolicy"/> and <see cref="TimeProvider.System"/> unless already registered, and Bot Framework
    /// authentication read from the host's <see cref="Microsoft.Extensions.Configuration.IConfiguration"/> (as
    /// <see cref="BotFrameworkAuthenticationServiceCollectionExtensions.AddBotFrameworkAuthentication"/> does): a
    /// configured <c>MicrosoftAppId</c> is always enforced, and local mode needs every <c>MicrosoftApp*</c> key empty.
    /// Without an <c>IConfiguration</c> service the host does not start. A caller's own <see cref="IRequestAuthenticator"/>
    /// and <see cref="IConnectorTokenProvider"/>, registered before or after, take precedence.
    /// Middleware registered as <see cref="Builder.IMiddleware"/> runs in registration order. Options are validated on start.
    /// </summary>
    public static IServiceCollection AddBotKit(this IServiceCollection services, Action<BotKitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<BotKitOptions>().ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddOptions<ConnectorOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(ConnectorOptions.HttpClientName, client =>
        {
            // Attempts are timed by the resilience pipeline through the TimeProvider, not by HttpClient.
            client.Timeout = Timeout.InfiniteTimeSpan;
            client.MaxResponseContentBufferSize = 4 * 1024 * 1024;
        })
            .RemoveAllLoggers() // Its default logs print connector URLs, conversation ids in clear; ConnectorClient logs pseudonyms.
            .AddResilienceHandler(ConnectorResilience.PipelineName, ConnectorResilience.Configure);

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<BotKitMetrics>();
        services.AddBotFrameworkAuthenticationFromHost();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<TurnErrorPolicy>();
        services.TryAddSingleton<RejectedRequestLog>();
        services.AddLogPseudonyms();
        services.TryAddSingleton(sp =>
        {
            var adapter = ActivatorUtilities.CreateInstance<CloudAdapter>(sp);
            adapter.OnTurnError = sp.GetRequiredService<TurnErrorPolicy>().HandleAsync;
            return adapter;
        });
        services.TryAddSingleton<BotAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        return services;
    }
}
