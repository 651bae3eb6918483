using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TicBot.BotKit.Builder;
using TicBot.BotKit.State;

namespace TicBot.BotKit.Dialogs;

/// <summary>Registers the dialog stack's state and its part of the turn-error policy.</summary>
public static class DialogServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="IStatePropertyAccessor{T}"/> of the <see cref="DialogState"/> (property
    /// <see cref="DialogState.PropertyName"/> of the registered <see cref="MemberConversationState"/>: one stack per
    /// member in group chats and channel threads, one per personal chat) and the
    /// <see cref="DialogStateCleanup"/> that clears the stack after a failed turn.
    /// </summary>
    public static IServiceCollection AddDialogState(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => sp.GetRequiredService<MemberConversationState>().CreateProperty(DialogState.PropertyName, DialogsJsonContext.Default.DialogState));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnErrorCleanup, DialogStateCleanup>(
            sp => new DialogStateCleanup(sp.GetRequiredService<MemberConversationState>(), sp.GetRequiredService<IStatePropertyAccessor<DialogState>>())));
        return services;
    }
}
