using System.Text.Json;
using Microsoft.Extensions.Logging;
using TicBot.Bot.Routing;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Logging;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Storage;
using TicBot.Dialogs.Cards;
using TicBot.Dialogs.Menu;

namespace TicBot.Bot.Handlers;

/// <summary>
/// Welcomes a conversation once, when the bot is added: installationUpdate <c>add</c>, or a
/// conversationUpdate whose <c>membersAdded</c> holds the bot. Teams may send both, in either order; a
/// create-only write of <c>welcome/{channel}/{conversation}</c> lets only the first one through. People
/// joining later (membersAdded without the bot) get nothing. Uninstalling the app or removing the bot deletes the
/// mark, so that a reinstall (Teams keeps the conversation id) welcomes again.
/// </summary>
internal sealed class WelcomeHandler(IStorage storage, TurnLanguage language, TimeProvider timeProvider, ILogger<WelcomeHandler> logger) : IActivityHandler
{
    public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return;
        }

        var key = $"welcome/{activity.ChannelId ?? "unknown"}/{activity.Conversation.Id}";
        if (IsBotRemoved(activity))
        {
            await storage.DeleteAsync([key], cancellationToken);
            logger.LogDebug("Welcome mark of {ConversationId} removed: the bot left", LogIds.Conversation(activity.Conversation.Id));
            return;
        }

        if (!IsBotAdded(activity))
        {
            return;
        }

        var record = JsonSerializer.SerializeToElement(new WelcomeRecord(timeProvider.GetUtcNow(), activity.Type!), BotJsonContext.Default.WelcomeRecord);
        try
        {
            await storage.WriteAsync([new StorageWrite(key, record, CreateOnly: true)], cancellationToken);
        }
        catch (StorageConflictException)
        {
            logger.LogDebug("Conversation {ConversationId} was already welcomed", LogIds.Conversation(activity.Conversation.Id));
            return;
        }

        // If the welcome never reaches the channel, WelcomeMarkCleanup removes the mark so a later add event retries.
        turnContext.TurnState.Set(WelcomeMarkCleanup.TurnStateKey, key);

        var lang = language.For(turnContext);
        if (activity.Conversation.IsGroup == true)
        {
            await turnContext.SendActivityAsync(BotTexts.MentionHint.For(lang), cancellationToken);
        }

        // In a shared conversation the person who added the bot is not the only reader: greet without a name.
        var name = activity.Conversation.IsGroup == true ? null : activity.From?.Name;
        await turnContext.SendActivityAsync(CardMessages.ToMessage(MenuResponder.Welcome(name, lang)), cancellationToken);
    }

    internal static bool IsBotRemoved(Activity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => activity.Action is { } action
            && (action.Equals("remove", StringComparison.OrdinalIgnoreCase) || action.Equals("remove-upgrade", StringComparison.OrdinalIgnoreCase)),
        ActivityTypes.ConversationUpdate => activity.Recipient?.Id is { Length: > 0 } botId
            && (activity.MembersRemoved ?? []).Any(m => string.Equals(m?.Id, botId, StringComparison.Ordinal)),
        _ => false,
    };

    internal static bool IsBotAdded(Activity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase),
        ActivityTypes.ConversationUpdate => activity.Recipient?.Id is { Length: > 0 } botId
            && (activity.MembersAdded ?? []).Any(m => string.Equals(m?.Id, botId, StringComparison.Ordinal)),
        _ => false,
    };
}
