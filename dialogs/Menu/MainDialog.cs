using TicBot.BotKit.Dialogs;
using TicBot.Dialogs.Privacy;
using TicBot.Dialogs.Projects;

namespace TicBot.Dialogs.Menu;

/// <summary>
/// The root conversation: understands what was typed or clicked, creates the place's project first when the
/// request needs one, then answers. "aide", "annuler" and "menu" interrupt it at any question.
/// </summary>
public sealed class MainDialog : InterruptibleDialog
{
    public const string DialogId = "main";
    private const string IntentKey = "intent";

    private readonly MenuResponder _responder;

    public MainDialog(MenuResponder responder, ProjectCreationDialog projectCreation, PersonalDataDialog personalData, InterruptionOptions interruptions)
        : base(DialogId, interruptions)
    {
        _responder = responder;
        AddDialog(new WaterfallDialog(DialogId + ".steps", [UnderstandStepAsync, AnswerStepAsync]));
        AddDialog(projectCreation);
        AddDialog(personalData);
    }

    private async Task<DialogTurnResult> UnderstandStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var intent = step.GetOptions(TicBotDialogsJsonContext.Default.PendingIntent)?.ToIntent()
            ?? MenuIntentRecognizer.Recognize(step.Context.Activity.Text);
        if (intent.Command is MenuCommand.MyData or MenuCommand.EraseMyData)
        {
            var erase = intent.Command == MenuCommand.EraseMyData;
            return await step.BeginDialogAsync(PersonalDataDialog.DialogId, DialogJsonOf(erase), cancellationToken);
        }

        if (intent.NeedsProject && !await _responder.HasProjectAsync(step.Context, cancellationToken))
        {
            step.Values.Set(IntentKey, intent.ToPending(), TicBotDialogsJsonContext.Default.PendingIntent);
            return await step.BeginDialogAsync(ProjectCreationDialog.DialogId, null, cancellationToken);
        }

        await _responder.RespondAsync(step.Context, intent, step.Language, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static System.Text.Json.JsonElement DialogJsonOf(bool erase)
        => System.Text.Json.JsonSerializer.SerializeToElement(erase, TicBotDialogsJsonContext.Default.Boolean);

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.ResultAsBool() == true && step.Values.Get(IntentKey, TicBotDialogsJsonContext.Default.PendingIntent) is { } pending)
        {
            await _responder.RespondAsync(step.Context, pending.ToIntent(), step.Language, cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }
}
