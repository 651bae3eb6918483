using TicBot.BotKit.Dialogs;
using TicBot.Dialogs.Privacy;
using TicBot.Dialogs.Projects;

namespace TicBot.Dialogs.Menu;

/// <summary>
/// The root conversation: understands what was typed or clicked, creates a project first when the place has none
/// and the request needs one, asks what an operation needs (a new name, a confirmation, a member), then answers.
/// "aide", "annuler" and "menu" interrupt it at any question.
/// </summary>
public sealed class MainDialog : InterruptibleDialog
{
    public const string DialogId = "main";
    private const string IntentKey = "intent";

    private readonly MenuResponder _responder;
    private readonly ProjectResolver _resolver;

    public MainDialog(
        MenuResponder responder,
        ProjectResolver resolver,
        ProjectCreationDialog projectCreation,
        ProjectRenameDialog rename,
        ProjectDeleteDialog delete,
        ProjectTransferDialog transfer,
        PersonalDataDialog personalData,
        InterruptionOptions interruptions)
        : base(DialogId, interruptions)
    {
        _responder = responder;
        _resolver = resolver;
        AddDialog(new WaterfallDialog(DialogId + ".steps", [UnderstandStepAsync, AnswerStepAsync]));
        AddDialog(projectCreation);
        AddDialog(rename);
        AddDialog(delete);
        AddDialog(transfer);
        AddDialog(personalData);
    }

    private async Task<DialogTurnResult> UnderstandStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var pending = step.GetOptions(TicBotDialogsJsonContext.Default.PendingIntent);
        var intent = pending?.ToIntent() ?? MenuIntentRecognizer.Recognize(step.Context.Activity.Text);
        switch (intent.Command)
        {
            case MenuCommand.MyData or MenuCommand.EraseMyData:
                return await step.BeginDialogAsync(PersonalDataDialog.DialogId, DialogJsonOf(intent.Command == MenuCommand.EraseMyData), cancellationToken);
            case MenuCommand.NewProject:
                step.Values.Set(IntentKey, new MenuIntent(MenuCommand.Summary).ToPending(), TicBotDialogsJsonContext.Default.PendingIntent);
                return await step.BeginDialogAsync(ProjectCreationDialog.DialogId, null, cancellationToken);
        }

        if (intent.NeedsProject)
        {
            var resolution = await _resolver.ResolveAsync(step.Context, intent.Target, cancellationToken);
            if (resolution.Status == ProjectResolutionStatus.NoProject && intent.Target?.ProjectId is null)
            {
                if (pending is not null)
                {
                    // A button led here: say why questions come before what it shows.
                    await step.Context.SendActivityAsync(DialogTexts.CreateProjectFirst.For(step.Language), cancellationToken);
                }

                step.Values.Set(IntentKey, intent.ToPending(), TicBotDialogsJsonContext.Default.PendingIntent);
                return await step.BeginDialogAsync(ProjectCreationDialog.DialogId, null, cancellationToken);
            }

            if (resolution.Status == ProjectResolutionStatus.Found && QuestionsOf(intent.Command) is { } dialogId)
            {
                var options = ProjectDialogOptions.Of(resolution.Place!, resolution.Project!.Id);
                return await step.BeginDialogAsync(dialogId, options, TicBotDialogsJsonContext.Default.ProjectDialogOptions, cancellationToken);
            }
        }

        await _responder.RespondAsync(step.Context, intent, step.Language, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.ResultAsBool() == true && step.Values.Get(IntentKey, TicBotDialogsJsonContext.Default.PendingIntent) is { } pending)
        {
            await _responder.RespondAsync(step.Context, pending.ToIntent(), step.Language, cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The dialog asking what an operation on a project needs to know; null for those that need nothing.</summary>
    private static string? QuestionsOf(MenuCommand command) => command switch
    {
        MenuCommand.RenameProject => ProjectRenameDialog.DialogId,
        MenuCommand.DeleteProject => ProjectDeleteDialog.DialogId,
        MenuCommand.TransferProject => ProjectTransferDialog.DialogId,
        _ => null,
    };

    private static System.Text.Json.JsonElement DialogJsonOf(bool erase)
        => System.Text.Json.JsonSerializer.SerializeToElement(erase, TicBotDialogsJsonContext.Default.Boolean);
}
