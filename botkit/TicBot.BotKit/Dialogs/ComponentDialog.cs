using System.Text.Json;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Dialogs;

/// <summary>
/// A dialog made of dialogs: it owns a <see cref="DialogSet"/> and runs an inner stack, stored as JSON in
/// its own instance state, starting with <see cref="InitialDialogId"/>. It ends when the inner stack does.
/// </summary>
public class ComponentDialog : Dialog
{
    private const string InnerStackKey = "dialogs";

    public ComponentDialog(string id) : base(id) { }

    /// <summary>The inner dialog started first; defaults to the first dialog added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>The inner dialogs.</summary>
    protected DialogSet InnerDialogs { get; } = new();

    /// <summary>Adds an inner dialog; the first one added becomes <see cref="InitialDialogId"/> unless set.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        InnerDialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public sealed override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var inner = CreateInnerContext(dc, instance);
        var result = await OnBeginDialogAsync(inner, options, cancellationToken);
        return await AfterInnerTurnAsync(dc, instance, inner, result, cancellationToken);
    }

    public sealed override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var inner = CreateInnerContext(dc, instance);
        var result = await OnContinueDialogAsync(inner, cancellationToken);
        return await AfterInnerTurnAsync(dc, instance, inner, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonElement? result, CancellationToken cancellationToken)
    {
        // A dialog this component started through the outer context ended: let the inner stack go on.
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var inner = CreateInnerContext(dc, instance);
        await inner.RepromptDialogAsync(cancellationToken);
        SaveInner(instance, inner);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var state = LoadInner(instance);
        if (state.DialogStack.Count > 0 && InnerDialogs.Find(state.DialogStack[^1].Id) is { } dialog)
        {
            await dialog.RepromptDialogAsync(turnContext, state.DialogStack[^1], cancellationToken);
        }
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            var state = LoadInner(instance);
            var inner = new DialogContext(InnerDialogs, turnContext, state);
            await inner.CancelAllDialogsAsync(cancellationToken);
            SaveInner(instance, inner);
        }
    }

    public override Activity? GetHelp(DialogInstance instance)
    {
        var state = LoadInner(instance);
        return state.DialogStack.Count > 0 ? InnerDialogs.Find(state.DialogStack[^1].Id)?.GetHelp(state.DialogStack[^1]) : null;
    }

    public override bool HasProgress(DialogInstance instance)
        => LoadInner(instance).DialogStack.Exists(i => InnerDialogs.Find(i.Id)?.HasProgress(i) == true);

    /// <summary>Starts the inner stack; the default begins <see cref="InitialDialogId"/> with the options.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, JsonElement? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Continues the inner stack. Override to intercept messages first (see <see cref="InterruptibleDialog"/>).</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    protected internal override DialogContext? CreateChildContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.ActiveDialog is { } instance ? CreateInnerContext(dc, instance) : null;
    }

    private DialogContext CreateInnerContext(DialogContext dc, DialogInstance instance)
        => new(InnerDialogs, dc.Context, LoadInner(instance), dc);

    private async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext dc, DialogInstance instance, DialogContext inner, DialogTurnResult result, CancellationToken cancellationToken)
    {
        SaveInner(instance, inner);

        // An interruption may have rebuilt the outer stack already ("menu"); then this instance is gone.
        if (result.StackRebuilt || !ReferenceEquals(dc.ActiveDialog, instance) || result.Status is DialogTurnStatus.Waiting or DialogTurnStatus.Empty)
        {
            return result;
        }

        var reason = result.Status switch
        {
            DialogTurnStatus.Cancelled => DialogReason.CancelCalled,
            DialogTurnStatus.Abandoned => DialogReason.MaxAttemptsReached,
            _ => DialogReason.EndCalled,
        };
        return await dc.EndDialogAsync(result.Result, reason, cancellationToken);
    }

    private static DialogState LoadInner(DialogInstance instance)
    {
        var state = DialogJson.ReadState(instance, InnerStackKey, DialogsJsonContext.Default.DialogState) ?? new DialogState();
        DialogStackGuard.Validate(state);
        return state;
    }

    private static void SaveInner(DialogInstance instance, DialogContext inner)
        => DialogJson.WriteState(instance, InnerStackKey, new DialogState { DialogStack = inner.Stack }, DialogsJsonContext.Default.DialogState);
}
