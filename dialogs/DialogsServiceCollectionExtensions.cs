using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Localization;
using TicBot.Dialogs.Cards;
using TicBot.Dialogs.Checklists;
using TicBot.Dialogs.Menu;
using TicBot.Dialogs.Privacy;
using TicBot.Dialogs.Projects;

namespace TicBot.Dialogs;

/// <summary>
/// Registers the conversations, with the dialog stack in conversation state (cleared, never project data, by the
/// turn-error policy). Needs <c>IStorage</c> and <c>ConversationState</c> (AddBotStorage).
/// </summary>
public static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddTicBotDialogs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDisplayFormatter, MethodologyDisplayFormatter>();
        services.AddDialogState();
        services.TryAddSingleton(new InterruptionOptions { MenuDialogId = MainDialog.DialogId });
        services.TryAddSingleton<ProjectStore>();
        services.TryAddSingleton<ChecklistService>();
        services.TryAddSingleton<MenuResponder>();
        services.TryAddSingleton<CardActionService>();
        services.TryAddSingleton<ProjectCreationDialog>();
        services.TryAddSingleton<PersonalDataService>();
        services.TryAddSingleton<PersonalDataDialog>();
        services.TryAddSingleton<MainDialog>();
        services.TryAddSingleton<TicBotConversation>();
        return services;
    }
}
