using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Projects;

/// <summary>What the summary card shows of a project: progress per checklist and the health flags.</summary>
public static class ProjectSummaries
{
    public static ProjectSummaryView For(Project project, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(project);
        var content = MethodologyCatalog.Load().For(language);
        var checklists = project.GetAllChecklistProgress()
            .Select(p => new ChecklistProgressView(p.ChecklistId, content.FindChecklist(p.ChecklistId)?.Title ?? p.ChecklistId, p.Ticked, p.Total))
            .ToList();
        return new ProjectSummaryView(project.Name, null, checklists, []);
    }
}
