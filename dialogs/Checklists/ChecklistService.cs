using TicBot.Cards.Factories;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Dialogs.Projects;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Checklists;

/// <summary>The methodology's checklists for a project: their cards, and saving what a member ticked.</summary>
public sealed class ChecklistService(ProjectEditor editor)
{
    /// <summary>A page of a checklist with the project's ticks. <value>Null when the checklist does not exist.</value></summary>
    public static AdaptiveCard? Card(Project project, string checklistId, int page, ContentLanguage language, bool saved = false)
    {
        ArgumentNullException.ThrowIfNull(project);
        var content = MethodologyCatalog.Load().For(language);
        return content.FindChecklist(checklistId) is null
            ? null
            : ChecklistCardFactory.Create(ProjectViews.Checklist(project, checklistId, content), page, language, saved);
    }

    /// <summary>
    /// Applies the member's ticks and unticks (only those: see <see cref="ChecklistSubmission.Changes"/>) to the
    /// project. Items that are not in the checklist are ignored, never stored.
    /// <value>Null when the checklist does not exist.</value>
    /// </summary>
    public async Task<ProjectEdit?> SaveAsync(ProjectPlace place, string projectId, ChecklistSubmission submission, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var checklist = MethodologyCatalog.Load().For(ContentLanguage.French).FindChecklist(submission.ChecklistId);
        if (checklist is null)
        {
            return null;
        }

        return await editor.EditAsync(place, projectId, actor, (project, at) =>
        {
            var (tick, untick) = submission.Changes(project.GetChecklistProgress(checklist.Id).TickedItemIds);
            var changed = false;
            foreach (var item in tick.Where(i => checklist.FindItem(i) is not null))
            {
                changed |= project.TickChecklistItem(checklist.Id, item, actor, at);
            }

            foreach (var item in untick.Where(i => checklist.FindItem(i) is not null))
            {
                changed |= project.UntickChecklistItem(checklist.Id, item, actor, at);
            }

            return changed;
        }, cancellationToken);
    }
}
