using TicBot.BotKit.Builder;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Recognizers;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Dialogs;

/// <summary>
/// The one place where "aide", "annuler" and "menu" interrupt a conversation (house style: dialogs derive
/// from this, one level deep). When interruptible dialogs are nested, the innermost active one handles
/// the words, so "annuler" ends the current dialog, not its callers.
/// </summary>
public abstract class InterruptibleDialog : ComponentDialog
{
    private const string PendingCancelKey = "pendingCancel";

    protected InterruptibleDialog(string id, InterruptionOptions interruptions) : base(id)
        => Interruptions = interruptions ?? throw new ArgumentNullException(nameof(interruptions));

    public InterruptionOptions Interruptions { get; }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var activity = innerDc.Context.Activity;
        if (activity.Type != ActivityTypes.Message || activity.Text is null || HasInterruptibleBelow(innerDc))
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        var instance = innerDc.Parent!.ActiveDialog!;
        var folded = TextNormalizer.Fold(activity.Text.Length > TextNormalizer.MaxInputLength ? string.Empty : activity.Text);
        if (instance.State.Remove(PendingCancelKey))
        {
            return await OnCancelAnswerAsync(innerDc, instance, folded, cancellationToken);
        }

        if (Interruptions.IsHelp(folded))
        {
            var help = innerDc.ActiveDialog is { } active ? innerDc.FindDialog(active.Id)?.GetHelp(active) : null;
            await innerDc.Context.SendActivityAsync(help ?? ActivityExtensions.CreateMessage(PromptMessages.DefaultHelp.For(innerDc.Language)), cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        if (Interruptions.IsCancel(folded))
        {
            if (!Interruptions.ConfirmCancel || !HasProgress(instance))
            {
                return await CancelAsync(innerDc, cancellationToken);
            }

            instance.State[PendingCancelKey] = DialogJson.Write(true, DialogsJsonContext.Default.Boolean);
            await AskCancelConfirmationAsync(innerDc, cancellationToken);
            return EndOfTurn;
        }

        return Interruptions.IsMenu(folded)
            ? await BackToMenuAsync(innerDc, cancellationToken)
            : await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private async Task<DialogTurnResult> OnCancelAnswerAsync(DialogContext innerDc, DialogInstance instance, string folded, CancellationToken cancellationToken)
    {
        if (Interruptions.IsMenu(folded))
        {
            return await BackToMenuAsync(innerDc, cancellationToken);
        }

        var answer = Interruptions.IsCancel(folded) ? true : ConfirmRecognizer.Recognize(folded);
        switch (answer)
        {
            case true:
                return await CancelAsync(innerDc, cancellationToken);
            case false:
                await innerDc.Context.SendActivityAsync(Interruptions.CancelDeclined.For(innerDc.Language), cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            default:
                instance.State[PendingCancelKey] = DialogJson.Write(true, DialogsJsonContext.Default.Boolean);
                await innerDc.Context.SendActivityAsync(PromptMessages.NotAYesNo.For(innerDc.Language), cancellationToken);
                await AskCancelConfirmationAsync(innerDc, cancellationToken);
                return EndOfTurn;
        }
    }

    private async Task AskCancelConfirmationAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var language = innerDc.Language;
        var question = ActivityExtensions.CreateMessage(Interruptions.ConfirmCancelQuestion.For(language));
        if (ChoiceRendering.IsPersonal(innerDc.Context.Activity))
        {
            question.SuggestedActions = ChoiceRendering.SuggestedActions([PromptMessages.Yes.For(language), PromptMessages.No.For(language)]);
        }

        await innerDc.Context.SendActivityAsync(question, cancellationToken);
    }

    private async Task<DialogTurnResult> CancelAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        await innerDc.Context.SendActivityAsync(Interruptions.Cancelled.For(innerDc.Language), cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    private async Task<DialogTurnResult> BackToMenuAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var root = innerDc;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var menuId = Interruptions.MenuDialogId ?? root.Stack[0].Id;
        await root.CancelAllDialogsAsync(cancellationToken);
        await innerDc.Context.SendActivityAsync(Interruptions.BackToMenu.For(innerDc.Language), cancellationToken);
        var result = await root.BeginDialogAsync(menuId, null, cancellationToken);
        return result with { StackRebuilt = true };
    }

    private static bool HasInterruptibleBelow(DialogContext innerDc)
    {
        for (var dc = innerDc; dc?.ActiveDialog is { } active; dc = dc.Child)
        {
            if (dc.FindDialog(active.Id) is InterruptibleDialog)
            {
                return true;
            }
        }

        return false;
    }
}
