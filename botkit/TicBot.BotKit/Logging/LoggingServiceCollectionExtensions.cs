using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace TicBot.BotKit.Logging;

/// <summary>Registers the pseudonyms of ids in logs.</summary>
public static class LoggingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="LogPseudonymOptions"/> to <c>Logging</c> (validated on start) and, when the host starts, makes
    /// <see cref="LogIds"/> use <c>Logging:PseudonymKey</c>, or logs at Information that the key is a random one.
    /// Idempotent.
    /// </summary>
    public static IServiceCollection AddLogPseudonyms(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Bound when there is a configuration: a bare container (AddBotKit in a test) simply has no key.
        services.AddOptions<LogPseudonymOptions>()
            .Configure<IServiceProvider>((options, provider) => provider.GetService<IConfiguration>()?.GetSection(LogPseudonymOptions.SectionName).Bind(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LogPseudonymStartup>());
        return services;
    }
}
