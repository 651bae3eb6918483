using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Recognizers;
using TicBot.Dialogs.Cards;

namespace TicBot.Dialogs.Projects;

/// <summary>
/// Hands a project's ownership to another member (an agent who leaves must not leave a project nobody can manage);
/// only the owner may. The former owner stays a contributor.
/// </summary>
public sealed class ProjectTransferDialog : ComponentDialog
{
    public const string DialogId = "project.transfer";
    private const string MemberPrompt = "project.transfer.member";
    private const string CandidatesKey = "candidates";

    private readonly ProjectStore _store;
    private readonly ProjectEditor _editor;

    public ProjectTransferDialog(ProjectStore store, ProjectEditor editor) : base(DialogId)
    {
        _store = store;
        _editor = editor;
        AddDialog(new WaterfallDialog(DialogId + ".steps", [AskMemberStepAsync, TransferStepAsync]));
        AddDialog(new ChoicePrompt(MemberPrompt) { CardFactory = QuestionCards.Choice });
    }

    private async Task<DialogTurnResult> AskMemberStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
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

        var candidates = project.Members.Where(m => m.UserId != project.OwnerId).ToList();
        if (candidates.Count == 0)
        {
            await step.Context.SendActivityAsync(DialogTexts.TransferNobody.Format(step.Language, project.Name), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values.Set(CandidatesKey, [.. candidates.Select(m => m.UserId)], TicBotDialogsJsonContext.Default.ListString);
        var prompt = PromptOptions.FromText(DialogTexts.TransferAsk.Format(step.Language, project.Name));
        // Two members may share a name: the second keeps its place in the list, told apart by its number.
        prompt.Choices = [.. candidates.Select((m, i) => new Choice { Value = candidates.Take(i).Any(c => c.Name == m.Name) ? $"{m.Name} ({i + 1})" : m.Name })];
        return await step.PromptAsync(MemberPrompt, prompt, cancellationToken);
    }

    private async Task<DialogTurnResult> TransferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions(TicBotDialogsJsonContext.Default.ProjectDialogOptions)!;
        var candidates = step.Values.Get(CandidatesKey, TicBotDialogsJsonContext.Default.ListString) ?? [];
        if (step.AttemptsExhausted || step.ResultAsChoice() is not { } choice || choice.Index >= candidates.Count
            || options.PlaceOn(step.Context.Activity.ChannelId) is not { } place)
        {
            await step.Context.SendActivityAsync(DialogTexts.ProjectKept.For(step.Language), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var actor = ProjectActors.From(step.Context.Activity);
        var newOwner = candidates[choice.Index];
        var edit = await _editor.EditAsync(place, options.ProjectId, actor, (project, at) =>
        {
            // The member may have left meanwhile: then nothing changes, and the owner is told below.
            if (project.FindMember(newOwner) is null)
            {
                return false;
            }

            project.TransferOwnership(newOwner, actor, at);
            return true;
        }, cancellationToken, ownerOnly: true);
        var said = ProjectResponder.Explain(edit, step.Language)
            ?? (edit.Project!.OwnerId == newOwner
                ? DialogTexts.TransferDone.Format(step.Language, edit.Project.FindMember(newOwner)!.Name, edit.Project.Name)
                : DialogTexts.ProjectGone.For(step.Language));
        await step.Context.SendActivityAsync(said, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
