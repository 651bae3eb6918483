using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Prompts;
using TicBot.Dialogs.Cards;

namespace TicBot.Dialogs.Projects;

/// <summary>Renames a project: asks the new name, then saves it (contributors and the owner; not on an archived project).</summary>
public sealed class ProjectRenameDialog : ComponentDialog
{
    public const string DialogId = "project.rename";
    private const string NamePrompt = "project.rename.name";

    private readonly ProjectStore _store;
    private readonly ProjectEditor _editor;

    public ProjectRenameDialog(ProjectStore store, ProjectEditor editor) : base(DialogId)
    {
        _store = store;
        _editor = editor;
        AddDialog(new WaterfallDialog(DialogId + ".steps", [AskNameStepAsync, RenameStepAsync]));
        AddDialog(new TextPrompt(NamePrompt) { MinLength = 3, MaxLength = 80, AnswerCard = QuestionCards.Answer });
    }

    private async Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions(TicBotDialogsJsonContext.Default.ProjectDialogOptions);
        var place = options?.PlaceOn(step.Context.Activity.ChannelId);
        var found = place is null ? null : await _store.FindAsync(place, options!.ProjectId, cancellationToken);
        if (found?.Project is not { } project)
        {
            await step.Context.SendActivityAsync(DialogTexts.ProjectGone.For(step.Language), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var language = step.Language;
        return await step.PromptAsync(NamePrompt, PromptOptions.FromText(
            DialogTexts.ProjectAskNewName.Format(language, project.Name),
            DialogTexts.ProjectAskNameRetry.For(language),
            DialogTexts.ProjectAskNameHelp.For(language)), cancellationToken);
    }

    private async Task<DialogTurnResult> RenameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions(TicBotDialogsJsonContext.Default.ProjectDialogOptions)!;
        if (step.AttemptsExhausted || step.ResultAsString() is not { } name || options.PlaceOn(step.Context.Activity.ChannelId) is not { } place)
        {
            await step.Context.SendActivityAsync(DialogTexts.ProjectNotRenamed.For(step.Language), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var actor = ProjectActors.From(step.Context.Activity);
        var edit = await _editor.EditAsync(place, options.ProjectId, actor, (project, at) =>
        {
            if (project.Name == name.Trim())
            {
                return false;
            }

            project.Rename(name, actor, at);
            return true;
        }, cancellationToken);
        await step.Context.SendActivityAsync(
            ProjectResponder.Explain(edit, step.Language) ?? DialogTexts.ProjectRenamed.Format(step.Language, edit.Project!.Name),
            cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
