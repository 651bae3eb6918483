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
        services.AddOptions<LogPseudonymOptions>().BindConfiguration(LogPseudonymOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LogPseudonymStartup>());
        return services;
    }
}
