using System.Text.Json;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Dialogs;

/// <summary>
/// A conversation piece that can span several turns. Its state lives in its <see cref="DialogInstance"/>
/// on the stack, never in fields: one dialog object serves every conversation.
/// </summary>
public abstract class Dialog
{
    /// <summary>The result of a turn where the active dialog waits for the user.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The id under which the dialog is added to a <see cref="DialogSet"/> and stored on the stack.</summary>
    public string Id { get; }

    /// <summary>Starts the dialog; it has just been pushed on the stack.</summary>
    /// <param name="options">The caller's options as JSON; null when none.</param>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken);

    /// <summary>Handles the user's next activity. The default ends the dialog.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A child dialog ended; the default ends this dialog with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonElement? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the current question again (after help, or when a cancellation was declined). Default: nothing.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
        => Task.CompletedTask;

    /// <summary>The dialog leaves the stack (ended, cancelled or replaced). Default: nothing.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
        => Task.CompletedTask;

    /// <summary>The help for the question this dialog is asking, if it has one. Default: none.</summary>
    public virtual Activity? GetHelp(DialogInstance instance) => null;

    /// <summary>
    /// True when cancelling now would lose something the user entered (a waterfall past its first step).
    /// Default: false.
    /// </summary>
    public virtual bool HasProgress(DialogInstance instance) => false;

    /// <summary>The inner stack's context, for container dialogs; null otherwise.</summary>
    protected internal virtual DialogContext? CreateChildContext(DialogContext dc) => null;
}
