using System.Text.Json;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.State;
using TicBot.Dialogs.Projects;

namespace TicBot.Dialogs;

/// <summary>
/// Group chats and channel threads used to keep one dialog stack for the whole conversation; each member now has
/// their own. The first time a member talks to the bot here, a stack left in the conversation's shared document is
/// dropped, with an apology when a question was under way (nothing of the projects is lost), and the member's
/// conversation is noted in their profile so that "mes données" and the erasure find it.
/// </summary>
public sealed class GroupDialogMigration(
    ConversationState conversationState,
    IStatePropertyAccessor<DialogState> memberDialogState,
    CurrentProjects current)
{
    private readonly IStatePropertyAccessor<JsonElement> _sharedStack =
        conversationState.CreateProperty(DialogState.PropertyName, TicBotDialogsJsonContext.Default.JsonElement);

    /// <summary>Runs before the member's dialog in a group conversation; does nothing in personal chats.</summary>
    public async Task BeforeDialogAsync(ITurnContext turnContext, BotKit.Localization.UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        // In a personal chat the member's state is the conversation's document itself: nothing to move.
        if (activity.IsPersonalConversation() || activity.Conversation?.Id is not { Length: > 0 } conversationId
            || await memberDialogState.GetAsync(turnContext, null, cancellationToken) is not null)
        {
            return;
        }

        await current.NoteConversationAsync(turnContext, conversationId, cancellationToken);
        var shared = await _sharedStack.GetAsync(turnContext, null, cancellationToken);
        if (shared.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        await _sharedStack.DeleteAsync(turnContext, cancellationToken);
        var wasAsking = shared.TryGetProperty("dialogStack", out var stack) && stack.ValueKind == JsonValueKind.Array && stack.GetArrayLength() > 0;
        if (wasAsking)
        {
            await turnContext.SendActivityAsync(DialogTexts.GroupStackReset.For(language), cancellationToken);
        }
    }
}
