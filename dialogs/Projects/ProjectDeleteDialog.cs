using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Prompts;
using TicBot.Dialogs.Cards;

namespace TicBot.Dialogs.Projects;

/// <summary>
/// Deletes a project after a confirmation; only its owner may. A tombstone says who deleted it and when, so that the
/// old cards naming it answer clearly.
/// </summary>
public sealed class ProjectDeleteDialog : ComponentDialog
{
    public const string DialogId = "project.delete";
    private const string ConfirmId = "project.delete.confirm";

    private readonly ProjectStore _store;
    private readonly CurrentProjects _current;

    public ProjectDeleteDialog(ProjectStore store, CurrentProjects current) : base(DialogId)
    {
        _store = store;
        _current = current;
        AddDialog(new WaterfallDialog(DialogId + ".steps", [ConfirmStepAsync, DeleteStepAsync]));
        AddDialog(new ConfirmPrompt(ConfirmId) { AnswerCard = QuestionCards.Answer });
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions(TicBotDialogsJsonContext.Default.ProjectDialogOptions);
        var place = options?.PlaceOn(step.Context.Activity.ChannelId);
        var found = place is null ? null : await _store.FindAsync(place, options!.ProjectId, cancellationToken);
        if (found?.Project is not { } project)
        {
            await step.Context.SendActivityAsync(DialogTexts.ProjectGone.For(step.Language), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (project.OwnerId != ProjectActors.From(step.Context.Activity).Id)
        {
            await step.Context.SendActivityAsync(ProjectResponder.Explain(new ProjectEdit(ProjectEditStatus.Denied, project), step.Language)!, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.PromptAsync(ConfirmId, PromptOptions.FromText(DialogTexts.ProjectDeleteConfirm.Format(step.Language, project.Name)), cancellationToken);
    }

    private async Task<DialogTurnResult> DeleteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions(TicBotDialogsJsonContext.Default.ProjectDialogOptions)!;
        if (step.ResultAsBool() != true || options.PlaceOn(step.Context.Activity.ChannelId) is not { } place)
        {
            await step.Context.SendActivityAsync(DialogTexts.ProjectKept.For(step.Language), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var actor = ProjectActors.From(step.Context.Activity);
        var deleted = await _store.DeleteAsync(place, options.ProjectId, actor, project => project.OwnerId == actor.Id, cancellationToken);
        var said = deleted.Status switch
        {
            ProjectUpdateStatus.Saved => DialogTexts.ProjectDeletedDone.Format(step.Language, deleted.Tombstone!.Name),
            ProjectUpdateStatus.Unchanged => ProjectResponder.Explain(new ProjectEdit(ProjectEditStatus.Denied, deleted.Project), step.Language)!,
            ProjectUpdateStatus.Conflict => DialogTexts.ConcurrentChange.For(step.Language),
            _ => DialogTexts.ProjectGone.For(step.Language),
        };
        if (deleted.Status == ProjectUpdateStatus.Saved)
        {
            await _current.ForgetAsync(step.Context, place, options.ProjectId, cancellationToken);
            ProjectResolver.ForgetTurn(step.Context);
        }

        await step.Context.SendActivityAsync(said, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
