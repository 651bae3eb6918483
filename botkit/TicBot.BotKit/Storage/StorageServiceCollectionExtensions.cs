using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TicBot.BotKit.State;

namespace TicBot.BotKit.Storage;

/// <summary>Registers the store chosen by configuration, the bot state and the turn middleware.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IStorage"/> from <c>Storage:Provider</c> (File by default, Blob, Memory), validated when
    /// the host starts; <see cref="BotStateCache"/>, <see cref="MemberConversationState"/>, <see cref="ConversationState"/>, <see cref="UserState"/>,
    /// <see cref="ConversationTurnMiddleware"/> (settings in <c>Storage:Turns</c>) and the
    /// <see cref="StorageHealthCheck"/> named <c>storage</c>, tagged <c>ready</c>.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.AddOptions<ConversationTurnOptions>().Bind(configuration.GetSection("Storage:Turns")).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(CreateStorage);
        services.TryAddSingleton(_ => new BotStateCache());
        services.TryAddSingleton(sp => new MemberConversationState(sp.GetRequiredService<IStorage>(), sp.GetRequiredService<BotStateCache>()));
        services.TryAddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>(), sp.GetRequiredService<BotStateCache>()));
        services.TryAddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>(), sp.GetRequiredService<BotStateCache>()));
        services.TryAddSingleton(sp => new ConversationTurnMiddleware(
            [sp.GetRequiredService<MemberConversationState>(), sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<UserState>()],
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ConversationTurnOptions>>().Value,
            sp.GetService<ILogger<ConversationTurnMiddleware>>(),
            sp.GetService<Hosting.BotKitMetrics>()));
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        return services;
    }

    private static IStorage CreateStorage(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return options.Provider switch
        {
            StorageProvider.Blob => BlobStorage.Create(options.Blob),
            StorageProvider.Memory => new MemoryStorage(),
            _ => new FileStorage(options.File.Path),
        };
    }
}
