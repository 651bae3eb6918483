using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.State;
using TicBot.Dialogs.Cards;
using TicBot.Dialogs.Checklists;
using TicBot.Dialogs.Menu;
using TicBot.Dialogs.Projects;

namespace TicBot.Dialogs;

/// <summary>Registers the conversations. Needs <c>IStorage</c> and <c>ConversationState</c> (AddBotStorage).</summary>
public static class DialogsServiceCollectionExtensions
{
    /// <summary>The conversation-state property holding the dialog stack.</summary>
    public const string DialogStateProperty = "DialogState";

    public static IServiceCollection AddTicBotDialogs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<ConversationState>().CreateProperty(DialogStateProperty, DialogsJsonContext.Default.DialogState));
        services.TryAddSingleton(new InterruptionOptions { MenuDialogId = MainDialog.DialogId });
        services.TryAddSingleton<ProjectStore>();
        services.TryAddSingleton<ChecklistService>();
        services.TryAddSingleton<MenuResponder>();
        services.TryAddSingleton<CardActionService>();
        services.TryAddSingleton<ProjectCreationDialog>();
        services.TryAddSingleton<MainDialog>();
        services.TryAddSingleton<TicBotConversation>();
        // The turn-error policy clears a broken dialog stack (never project data) to break error loops.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnErrorCleanup, DialogStateCleanup>());
        return services;
    }
}
