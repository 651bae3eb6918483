using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TicBot.BotKit.Authentication;

/// <summary>Registers Bot Framework authentication: inbound token checks and outbound connector tokens.</summary>
public static class BotFrameworkAuthenticationServiceCollectionExtensions
{
    /// <summary>Name of the <see cref="HttpClient"/> used for metadata, keys and tokens (configure its handler in tests).</summary>
    public const string HttpClientName = "TicBot.BotAuthentication";

    /// <summary>
    /// Binds <see cref="BotCredentialsOptions"/> from the root of <paramref name="configuration"/> and
    /// <see cref="BotAuthenticationOptions"/> from its <c>BotAuthentication</c> section, both validated when the host
    /// starts (a wrong key combination, or a <c>MicrosoftApp*</c> key without <c>MicrosoftAppId</c>, stops it with an
    /// <see cref="OptionsValidationException"/> naming the key), and registers <see cref="IRequestAuthenticator"/> and
    /// <see cref="IConnectorTokenProvider"/>: the Bot Framework ones when <c>MicrosoftAppId</c> is set,
    /// <see cref="LocalModeAuthentication"/> when every <c>MicrosoftApp*</c> key is empty. Any earlier registration of
    /// those two services is replaced. <c>AddBotKit</c> does the same from the host's <see cref="IConfiguration"/>;
    /// call this to read another configuration.
    /// </summary>
    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.RemoveAll<BotCredentialsSource>();
        services.AddSingleton(new BotCredentialsSource(configuration));
        AddCore(services);

        // Replace, not TryAdd: whichever order this and AddBotKit come in, the configuration given here decides.
        services.RemoveAll<IRequestAuthenticator>();
        services.RemoveAll<IConnectorTokenProvider>();
        AddModeSwitch(services);
        return services;
    }

    /// <summary>
    /// What <c>AddBotKit</c> registers: the same authentication, read from the host's <see cref="IConfiguration"/>
    /// (resolving it fails the start when there is none), unless the caller registered its own services.
    /// </summary>
    internal static IServiceCollection AddBotFrameworkAuthenticationFromHost(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new BotCredentialsSource(sp.GetRequiredService<IConfiguration>()));
        AddCore(services);
        AddModeSwitch(services);
        return services;
    }

    private static void AddCore(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(CoreMarker)))
        {
            return;
        }

        services.AddSingleton<CoreMarker>();
        services.AddOptions<BotCredentialsOptions>().Configure<BotCredentialsSource>((options, source) => ReadCredentials(source.Configuration, options)).ValidateOnStart();
        services.AddOptions<BotAuthenticationOptions>()
            .Configure<BotCredentialsSource>((options, source) => source.Configuration.GetSection(BotAuthenticationOptions.SectionName).Bind(options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotCredentialsOptions>, BotCredentialsOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddHttpClient(HttpClientName).ConfigureHttpClient((sp, client) =>
            client.Timeout = sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.HttpTimeout);

        services.TryAddSingleton<LocalModeAuthentication>();
        services.TryAddSingleton<BotFrameworkRequestAuthenticator>();
        services.TryAddSingleton<MsalConnectorTokenProvider>();
    }

    /// <summary>Registers each service unless already registered (the caller's own wins).</summary>
    private static void AddModeSwitch(IServiceCollection services)
    {
        services.TryAddSingleton<IRequestAuthenticator>(sp => IsLocalMode(sp, warn: true)
            ? sp.GetRequiredService<LocalModeAuthentication>()
            : sp.GetRequiredService<BotFrameworkRequestAuthenticator>());
        services.TryAddSingleton<IConnectorTokenProvider>(sp => IsLocalMode(sp, warn: false)
            ? sp.GetRequiredService<LocalModeAuthentication>()
            : sp.GetRequiredService<MsalConnectorTokenProvider>());
    }

    /// <summary>
    /// Reads the four root keys by hand rather than binding the whole root: an empty <c>MicrosoftAppType</c> (as the
    /// Bot Framework templates ship) means the default, and an unknown one becomes a validation message naming the key.
    /// </summary>
    private static void ReadCredentials(IConfiguration configuration, BotCredentialsOptions options)
    {
        var appType = configuration["MicrosoftAppType"];
        options.AppTypeConfigured = !string.IsNullOrWhiteSpace(appType);
        options.UnknownAppType = null;
        if (!string.IsNullOrWhiteSpace(appType))
        {
            if (Enum.TryParse<BotAppType>(appType.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                options.MicrosoftAppType = parsed;
            }
            else
            {
                options.UnknownAppType = appType;
            }
        }

        options.MicrosoftAppId = configuration["MicrosoftAppId"]?.Trim();
        options.MicrosoftAppPassword = configuration["MicrosoftAppPassword"];
        options.MicrosoftAppTenantId = configuration["MicrosoftAppTenantId"]?.Trim();
    }

    /// <param name="warn">True for the one registration that says so in the log (the inbound side: what matters).</param>
    private static bool IsLocalMode(IServiceProvider services, bool warn)
    {
        var credentials = services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value;
        if (warn && credentials.IsLocalMode)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LocalModeAuthentication))
                .LogWarning("Every MicrosoftApp* key is empty: local mode, only requests without an Authorization header and with a loopback service URL are served, and outbound calls carry no token");
        }

        return credentials.IsLocalMode;
    }

    /// <summary>The configuration the credentials are read from (the last <c>AddBotFrameworkAuthentication</c> wins).</summary>
    private sealed record BotCredentialsSource(IConfiguration Configuration);

    /// <summary>Marks the shared registrations as done, so that calling both entry points registers them once.</summary>
    private sealed class CoreMarker;
}
