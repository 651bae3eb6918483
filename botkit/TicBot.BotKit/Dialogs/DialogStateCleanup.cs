using TicBot.BotKit.Builder;
using TicBot.BotKit.State;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Dialogs;

/// <summary>
/// The dialogs' part of the turn-error policy: after a failed turn, drops the unsaved changes of the
/// member's conversation state (where the stack lives), deletes the dialog stack and saves, so the next message starts
/// afresh instead of failing the same way. Other properties of that state are kept as last saved. Nothing is cleared
/// when the turn had already saved its state (the failure came after, e.g. while sending): the stored stack is then the
/// valid, advanced one. A <see cref="StorageConflictException"/> is left alone too: the stored stack is another turn's
/// valid one.
/// </summary>
public sealed class DialogStateCleanup(BotState conversationState, IStatePropertyAccessor<DialogState> dialogState) : ITurnErrorCleanup
{
    public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (exception is StorageConflictException || BotState.HasSavedInTurn(turnContext))
        {
            return;
        }

        conversationState.Discard(turnContext);
        await dialogState.ClearDialogStackAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }
}
