using System.Text.Json;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Localization;
using TicBot.BotKit.State;

namespace TicBot.BotKit.Dialogs;

/// <summary>Runs a root dialog for a turn.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the stored stack, or begins <paramref name="dialog"/> when nothing is active. A stack that
    /// cannot be resumed (unknown dialog id after an upgrade, unreadable JSON) is reset with an apology in the
    /// user's language and <paramref name="dialog"/> starts afresh. The bot's @mention is removed from a
    /// message's text first (group chats and channels), so that prompts read only the answer. The caller
    /// saves the conversation state (or lets <see cref="ConversationTurnMiddleware"/> do it), and routes here
    /// only the activities dialogs answer (messages, and <c>adaptiveCard/action</c> invokes for a
    /// <see cref="Prompts.FormPrompt"/>): any activity begins the dialog when none is active.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);
        if (turnContext.Activity.Type == Schema.ActivityTypes.Message)
        {
            turnContext.Activity.RemoveRecipientMention();
        }

        var dialogSet = new DialogSet(accessor).Add(dialog);
        var (state, reset) = await LoadAsync(turnContext, accessor, cancellationToken);
        var dc = new DialogContext(dialogSet, turnContext, state);
        if (reset)
        {
            await ApologiseAsync(dc, cancellationToken);
        }

        if (state.DialogStack.Count == 0 && Prompts.QuestionStamp.IsCardAnswer(turnContext.Activity))
        {
            // The answer to a question nobody is being asked here (an earlier one, or another member's): it changes nothing.
            await RefuseStaleAnswerAsync(dc, cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        try
        {
            var result = await dc.ContinueDialogAsync(cancellationToken);
            return result.Status == DialogTurnStatus.Empty
                ? await dc.BeginDialogAsync(dialog.Id, null, cancellationToken)
                : result;
        }
        catch (Exception ex) when (ex is DialogStateException or JsonException)
        {
            state.DialogStack.Clear();
            await ApologiseAsync(dc, cancellationToken);
            return await dc.BeginDialogAsync(dialog.Id, null, cancellationToken);
        }
    }

    /// <summary>
    /// Removes the dialog stack from the turn's conversation state (the next save drops it). For the turn-error
    /// policy: it breaks error loops without touching any other state.
    /// </summary>
    public static Task ClearDialogStackAsync(this IStatePropertyAccessor<DialogState> accessor, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accessor);
        return accessor.DeleteAsync(turnContext, cancellationToken);
    }

    private static async Task<(DialogState State, bool Reset)> LoadAsync(ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken)
    {
        try
        {
            var state = await accessor.GetAsync(turnContext, () => new DialogState(), cancellationToken);
            if (state is not null)
            {
                DialogStackGuard.Validate(state);
                return (state, false);
            }
        }
        catch (Exception ex) when (ex is JsonException or DialogStateException or NotSupportedException)
        {
            await accessor.DeleteAsync(turnContext, cancellationToken);
        }

        var fresh = new DialogState();
        await accessor.SetAsync(turnContext, fresh, cancellationToken);
        return (fresh, true);
    }

    private static Task RefuseStaleAnswerAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var text = Prompts.PromptMessages.StaleQuestion.For(dc.Language);
        if (dc.Context.Activity.Type == Schema.ActivityTypes.Invoke)
        {
            dc.Context.SetInvokeResponse(InvokeResponses.Message(text));
            return Task.CompletedTask;
        }

        return dc.Context.SendActivityAsync(text, cancellationToken);
    }

    private static Task ApologiseAsync(DialogContext dc, CancellationToken cancellationToken)
        => dc.Context.SendActivityAsync(DialogMessages.StackReset.For(dc.Language), cancellationToken);
}
