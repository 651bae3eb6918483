using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;

namespace TicBot.Cards.Views;

/// <summary>
/// Builds the cards' views from a methodology <see cref="Project"/>, its computed rules and the content in
/// the user's language. Pure: "today" comes from the caller (the collectivité's clock).
/// </summary>
public static partial class ProjectViews
{
    /// <summary>
    /// A checklist of the methodology with this project's ticks, each item saying whether it is an addition to the
    /// seed and whether it applies to the project.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No checklist has this id.</exception>
    public static ChecklistView Checklist(Project project, string checklistId, MethodologyContent content)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(content);
        var checklist = content.GetChecklist(checklistId);
        var ticked = checklist.Items.Where(i => project.IsTicked(checklistId, i.Id)).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var notApplicable = project.NotApplicableItems(checklistId).ToDictionary(p => p.Key, p => p.Value.For(content.Language), StringComparer.Ordinal);
        return ChecklistView.From(checklist, ticked, notApplicable);
    }

    /// <summary>
    /// The project summary: phase in words, the six checklists' progress (the seed's items and the additions apart),
    /// and the health flags given.
    /// </summary>
    public static ProjectSummaryView Summary(Project project, MethodologyContent content, IReadOnlyList<HealthFlagView>? flags = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(content);
        var progress = project.GetAllChecklistProgress()
            .Select(p => new ChecklistProgressView(p.ChecklistId, content.GetChecklist(p.ChecklistId).Title, p.SeedTicked, p.SeedTotal, p.AdditionTicked, p.AdditionTotal))
            .ToList();
        return new ProjectSummaryView(project.Name, PhaseLabel(project.Phase, content.Language), progress, flags ?? []);
    }

    /// <summary>The phase in words, one name per phase, from the content ("Recueil des attentes", "Dossier de choix"…).</summary>
    public static string PhaseLabel(ProjectPhase phase, ContentLanguage language) =>
        MethodologyCatalog.Load().For(language).Label(phase);

    /// <summary>The ranked expectations' view, each source named as the content names it.</summary>
    public static ExpectationsView Expectations(Project project, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(project);
        var content = MethodologyCatalog.Load().For(language);
        return new ExpectationsView(project.Name, [.. project.Expectations.OrderBy(e => e.Rank).Select(e => new ExpectationView(e.Id, e.Rank, e.Text, content.Label(e.Source)))]);
    }
}
