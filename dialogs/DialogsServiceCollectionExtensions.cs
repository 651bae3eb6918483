using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.State;
using TicBot.BotKit.Localization;
using TicBot.Dialogs.Cards;
using TicBot.Dialogs.Checklists;
using TicBot.Dialogs.Menu;
using TicBot.Dialogs.Privacy;
using TicBot.Dialogs.Projects;

namespace TicBot.Dialogs;

/// <summary>
/// Registers the conversations, with each member's dialog stack in <see cref="MemberConversationState"/> (cleared,
/// never project data, by the turn-error policy) and their profile in <see cref="UserState"/>. Needs <c>IStorage</c>,
/// <see cref="MemberConversationState"/>, <see cref="ConversationState"/> and <see cref="UserState"/> (AddBotStorage).
/// </summary>
public static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddTicBotDialogs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDisplayFormatter, MethodologyDisplayFormatter>();
        services.AddDialogState();
        services.TryAddSingleton(sp => sp.GetRequiredService<UserState>().CreateProperty(MemberProfile.PropertyName, TicBotDialogsJsonContext.Default.MemberProfile));
        services.TryAddSingleton(new InterruptionOptions { MenuDialogId = MainDialog.DialogId });
        services.TryAddSingleton<ProjectStore>();
        services.TryAddSingleton<ProjectEditor>();
        services.TryAddSingleton<CurrentProjects>();
        services.TryAddSingleton<ProjectResolver>();
        services.TryAddSingleton<ProjectResponder>();
        services.TryAddSingleton<ChecklistService>();
        services.TryAddSingleton<MenuResponder>();
        services.TryAddSingleton<CardActionService>();
        services.TryAddSingleton<ProjectCreationDialog>();
        services.TryAddSingleton<ProjectRenameDialog>();
        services.TryAddSingleton<ProjectDeleteDialog>();
        services.TryAddSingleton<ProjectTransferDialog>();
        services.TryAddSingleton<PersonalDataService>();
        services.TryAddSingleton<PersonalDataDialog>();
        services.TryAddSingleton<GroupDialogMigration>();
        services.TryAddSingleton<MainDialog>();
        services.TryAddSingleton<TicBotConversation>();
        return services;
    }
}
