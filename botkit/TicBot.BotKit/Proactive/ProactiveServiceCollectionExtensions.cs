using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TicBot.BotKit.Privacy;

namespace TicBot.BotKit.Proactive;

/// <summary>Registers proactive messaging: reference store and capture, the outbox and its hosted service, the messenger.</summary>
public static class ProactiveServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ConversationReferenceStore"/> (also as an <see cref="IPersonalDataStore"/>),
    /// <see cref="ConversationReferenceCapture"/>, <see cref="IProactiveMessenger"/>, and the outbox with the hosted
    /// service that runs it. Needs <see cref="Storage.IStorage"/> and <see cref="Connector.IConnectorClient"/>
    /// (AddBotStorage, AddBotKit). <see cref="ProactiveOptions"/> are validated on start; bind them to
    /// <see cref="ProactiveOptions.SectionName"/> to change them.
    /// </summary>
    public static IServiceCollection AddProactiveMessaging(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ProactiveOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConversationReferenceStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPersonalDataStore, ConversationReferenceStore>(sp => sp.GetRequiredService<ConversationReferenceStore>()));
        services.TryAddSingleton<ConversationReferenceCapture>();
        services.TryAddSingleton<ProactiveOutbox>();
        services.TryAddSingleton<IProactiveMessenger, ProactiveMessenger>();
        services.AddHostedService<ProactiveOutboxService>();
        return services;
    }
}
