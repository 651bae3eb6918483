using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;
using TicBot.Methodology.Rules.Study;

namespace TicBot.Cards.Views;

/// <summary>
/// Builds the cards' views from a methodology <see cref="Project"/>, its computed rules and the content in
/// the user's language. Pure: "today" comes from the caller (the collectivité's clock).
/// </summary>
public static partial class ProjectViews
{
    /// <summary>A checklist of the methodology with this project's ticks.</summary>
    /// <exception cref="KeyNotFoundException">No checklist has this id.</exception>
    public static ChecklistView Checklist(Project project, string checklistId, MethodologyContent content)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(content);
        var checklist = content.GetChecklist(checklistId);
        var ticked = checklist.Items.Where(i => project.IsTicked(checklistId, i.Id)).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        return ChecklistView.From(checklist, ticked);
    }

    /// <summary>The project summary: phase in words, the six checklists' progress, and the health flags given.</summary>
    public static ProjectSummaryView Summary(Project project, MethodologyContent content, IReadOnlyList<HealthFlagView>? flags = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(content);
        var progress = project.GetAllChecklistProgress()
            .Select(p => new ChecklistProgressView(p.ChecklistId, content.GetChecklist(p.ChecklistId).Title, p.Ticked, p.Total))
            .ToList();
        return new ProjectSummaryView(project.Name, PhaseLabel(project.Phase, content.Language), progress, flags ?? []);
    }

    /// <summary>The phase in words.</summary>
    public static string PhaseLabel(ProjectPhase phase, ContentLanguage language)
    {
        var english = language == ContentLanguage.English;
        return phase switch
        {
            ProjectPhase.Framing => english ? "Understanding the expectations" : "Recueil des attentes",
            ProjectPhase.Study => english ? "Choice of scenario (preliminary study)" : "Dossier de choix (étude préalable)",
            ProjectPhase.Decided => english ? "Scenario validated" : "Scénario validé",
            ProjectPhase.Preparation => english ? "Preparation" : "Préparation",
            ProjectPhase.Deployment => english ? "Pilot sites and go-live" : "Sites pilotes et mise en service",
            _ => english ? "In operation" : "En exploitation",
        };
    }

    /// <summary>The comparison card's view: scenarios in ranking order, the leader (if alone first) recommended.</summary>
    public static ScenarioComparisonView Comparison(Project project, ScenarioComparison comparison, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(comparison);
        var scenarios = comparison.Ranking.Select(r => Scenario(project, r.Evaluation, r.Evaluation.ScenarioId == comparison.LeaderId, language)).ToList();
        var leader = comparison.Ranking.FirstOrDefault(r => r.Evaluation.ScenarioId == comparison.LeaderId);
        var reasons = leader?.Reasons.Select(r => r.For(language)).ToList() ?? [];
        if (comparison.HorizonNote is { } note)
        {
            reasons.Add(note.For(language));
        }

        return new ScenarioComparisonView(project.Name, scenarios, reasons);
    }

    /// <summary>The decision record's view; null while no scenario is validated.</summary>
    public static DecisionRecordView? Decision(Project project, ScenarioComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(comparison);
        if (project.Decision is not { } decision || project.FindScenario(decision.ScenarioId) is not { } scenario)
        {
            return null;
        }

        var evaluation = comparison.Ranking.Select(r => r.Evaluation).FirstOrDefault(e => e.ScenarioId == scenario.Id);
        return new DecisionRecordView(
            project.Name,
            scenario.Name,
            CollectiviteClock.LocalDate(decision.DecidedAt, project.Profile.HolidayZone),
            decision.DecidedByName,
            decision.Rationale,
            Finance(evaluation?.Finance),
            [.. project.Scenarios.Where(s => s.Id != scenario.Id).Select(s => s.Name)]);
    }

    private static ScenarioView Scenario(Project project, ScenarioEvaluation evaluation, bool recommended, ContentLanguage language)
    {
        var scenario = project.FindScenario(evaluation.ScenarioId);
        return new ScenarioView(
            evaluation.ScenarioId,
            evaluation.Name,
            Finance(evaluation.Finance),
            evaluation.Coverage,
            [.. (scenario?.Advantages ?? []).Select(p => Weighted(p, language))],
            [.. (scenario?.Drawbacks ?? []).Select(p => Weighted(p, language))],
            recommended);
    }

    private static string Weighted(WeightedPoint point, ContentLanguage language)
        => language == ContentLanguage.English
            ? $"{point.Text.Trim()} (weight {point.Weight}/5)"
            : $"{point.Text.Trim()} (poids {point.Weight}/5)";

    private static ScenarioFinanceView? Finance(FinancialResult? finance)
        => finance is null
            ? null
            : new ScenarioFinanceView(finance.HorizonYears, finance.TotalCost, finance.Funding, finance.NetCost, finance.Balance, finance.PaybackYear);
}
