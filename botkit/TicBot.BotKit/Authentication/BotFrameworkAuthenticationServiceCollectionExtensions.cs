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
    /// Binds <see cref="BotCredentialsOptions"/> from the configuration root and <see cref="BotAuthenticationOptions"/>
    /// from the <c>BotAuthentication</c> section, both validated when the host starts (a wrong key combination stops
    /// it with an <see cref="OptionsValidationException"/> naming the key), and registers
    /// <see cref="IRequestAuthenticator"/> and <see cref="IConnectorTokenProvider"/>: the Bot Framework ones when
    /// <c>MicrosoftAppId</c> is set, <see cref="LocalModeAuthentication"/> otherwise. Any earlier registration of
    /// those two services (such as the local-mode fallback of <c>AddBotKit</c>) is replaced, so call order does not matter.
    /// </summary>
    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotCredentialsOptions>().Configure(options => ReadCredentials(configuration, options)).ValidateOnStart();
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration.GetSection(BotAuthenticationOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotCredentialsOptions>, BotCredentialsOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddHttpClient(HttpClientName).ConfigureHttpClient((sp, client) =>
            client.Timeout = sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.HttpTimeout);

        services.TryAddSingleton<LocalModeAuthentication>();
        services.TryAddSingleton<BotFrameworkRequestAuthenticator>();
        services.TryAddSingleton<MsalConnectorTokenProvider>();

        // Replace, not TryAdd: AddBotKit registers local mode as a fallback, and whichever order the two calls come in,
        // a configured app id must never end up silently unauthenticated.
        services.RemoveAll<IRequestAuthenticator>();
        services.RemoveAll<IConnectorTokenProvider>();
        services.AddSingleton<IRequestAuthenticator>(sp => IsLocalMode(sp, warn: true)
            ? sp.GetRequiredService<LocalModeAuthentication>()
            : sp.GetRequiredService<BotFrameworkRequestAuthenticator>());
        services.AddSingleton<IConnectorTokenProvider>(sp => IsLocalMode(sp, warn: false)
            ? sp.GetRequiredService<LocalModeAuthentication>()
            : sp.GetRequiredService<MsalConnectorTokenProvider>());
        return services;
    }

    /// <summary>
    /// Reads the four root keys by hand rather than binding the whole root: an empty <c>MicrosoftAppType</c> (as the
    /// Bot Framework templates ship) means the default, and an unknown one becomes a validation message naming the key.
    /// </summary>
    private static void ReadCredentials(IConfiguration configuration, BotCredentialsOptions options)
    {
        var appType = configuration["MicrosoftAppType"];
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
                .LogWarning("MicrosoftAppId is empty: local mode, inbound requests are not authenticated and outbound calls carry no token");
        }

        return credentials.IsLocalMode;
    }
}
