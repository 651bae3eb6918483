using TicBot.Cards.Actions;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Health;
using CardSeverity = TicBot.Cards.Views.HealthSeverity;
using RuleSeverity = TicBot.Methodology.Rules.Health.HealthSeverity;

namespace TicBot.Dialogs.Projects;

/// <summary>What the summary card shows of a project: its stage, progress per checklist and its health flags.</summary>
public static class ProjectSummaries
{
    public static ProjectSummaryView For(Project project, ContentLanguage language, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(project);
        var content = MethodologyCatalog.Load().For(language);
        var checklists = project.GetAllChecklistProgress()
            .Select(p => new ChecklistProgressView(p.ChecklistId, content.FindChecklist(p.ChecklistId)?.Title ?? p.ChecklistId, p.Ticked, p.Total))
            .ToList();
        var flags = ProjectHealth.Assess(project, time).Select(flag => View(flag, content, language)).ToList();
        return new ProjectSummaryView(project.Name, content.Label(project.Phase), checklists, flags);
    }

    private static HealthFlagView View(HealthFlag flag, MethodologyContent content, ContentLanguage language)
    {
        // A flag cleared by ticking a checklist gets the button that opens that checklist.
        var checklist = flag.RelatedItemIds.Select(content.FindChecklist).FirstOrDefault(c => c is not null);
        return new HealthFlagView(
            Severity(flag.Severity),
            flag.Title(content),
            flag.Risk(content),
            flag.SuggestedAction(content),
            checklist is null ? null : new ChecklistShowData(checklist.Id, 0),
            checklist is null ? null : (language == ContentLanguage.English ? $"Open: {checklist.Title}" : $"Ouvrir : {checklist.Title}"));
    }

    private static CardSeverity Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Critical => CardSeverity.Risk,
        RuleSeverity.Warning => CardSeverity.Watch,
        _ => CardSeverity.Info,
    };
}
