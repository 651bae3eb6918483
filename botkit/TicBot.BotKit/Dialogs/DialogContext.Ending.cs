using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TicBot.BotKit.Dialogs;

public sealed partial class DialogContext
{
    /// <summary>Ends the active dialog with <paramref name="result"/> and resumes the one below it.</summary>
    public Task<DialogTurnResult> EndDialogAsync(JsonElement? result, CancellationToken cancellationToken)
        => EndDialogAsync(result, DialogReason.EndCalled, cancellationToken);

    /// <summary>Ends the active dialog with a typed result.</summary>
    public Task<DialogTurnResult> EndDialogAsync<TResult>(TResult result, JsonTypeInfo<TResult> typeInfo, CancellationToken cancellationToken)
        => EndDialogAsync(DialogJson.Write(result, typeInfo), DialogReason.EndCalled, cancellationToken);

    /// <summary>
    /// Ends the active dialog for <paramref name="reason"/> and resumes the parent with it. When the stack
    /// empties, the status tells how: <see cref="DialogTurnStatus.Cancelled"/>, <see cref="DialogTurnStatus.Abandoned"/>
    /// or <see cref="DialogTurnStatus.Complete"/>.
    /// </summary>
    public async Task<DialogTurnResult> EndDialogAsync(JsonElement? result, DialogReason reason, CancellationToken cancellationToken)
    {
        await PopAsync(reason, cancellationToken);
        if (ActiveDialog is { } parent)
        {
            var dialog = FindDialog(parent.Id) ?? throw new DialogStateException($"The stored dialog '{parent.Id}' is not registered.");
            return await dialog.ResumeDialogAsync(this, reason, result, cancellationToken);
        }

        var status = reason switch
        {
            DialogReason.CancelCalled => DialogTurnStatus.Cancelled,
            DialogReason.MaxAttemptsReached => DialogTurnStatus.Abandoned,
            _ => DialogTurnStatus.Complete,
        };
        return new DialogTurnResult(status, result);
    }

    /// <summary>Ends the active dialog and starts <paramref name="dialogId"/> in its place (loops, restarts).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonElement? options, CancellationToken cancellationToken)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public Task<DialogTurnResult> ReplaceDialogAsync<TOptions>(string dialogId, TOptions options, JsonTypeInfo<TOptions> typeInfo, CancellationToken cancellationToken)
        => ReplaceDialogAsync(dialogId, DialogJson.Write(options, typeInfo), cancellationToken);

    /// <summary>
    /// Cancels every dialog of this stack, top first, without resuming any.
    /// </summary>
    /// <returns><see cref="DialogTurnStatus.Cancelled"/>, or <see cref="DialogTurnStatus.Empty"/> when nothing was active.</returns>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }

        // Unknown dialogs are dropped without ceremony: there is nothing left to tell them.
        if (FindDialog(active.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, active, reason, cancellationToken);
        }

        Stack.RemoveAt(Stack.Count - 1);
    }
}
