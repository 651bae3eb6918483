using TicBot.Methodology;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;
using TicBot.Methodology.Rules.Study;

namespace TicBot.Cards.Views;

public static partial class ProjectViews
{
    /// <summary>
    /// The comparison card's view: scenarios in ranking order, the leader (if alone first) recommended, the
    /// financial balance shown among the advantages or the drawbacks it feeds.
    /// </summary>
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

        var evaluation = comparison.Ranking.Select(r => r.Evaluation).FirstOrDefault(e => e.ScenarioId == scenario.Id)
            ?? ScenarioStudy.Evaluate(project.Expectations, scenario);
        return new DecisionRecordView(
            project.Name,
            scenario.Name,
            CollectiviteClock.LocalDate(decision.DecidedAt, project.Profile.HolidayZone),
            decision.DecidedByName,
            decision.Rationale,
            Finance(evaluation.Finance),
            [.. project.Scenarios.Where(s => s.Id != scenario.Id).Select(s => s.Name)],
            evaluation.Balance);
    }

    private static ScenarioView Scenario(Project project, ScenarioEvaluation evaluation, bool recommended, ContentLanguage language)
    {
        var scenario = project.FindScenario(evaluation.ScenarioId);
        List<string> advantages = [.. (scenario?.Advantages ?? []).Select(p => Weighted(p.Text, p.Weight, false, language))];
        List<string> drawbacks = [.. (scenario?.Drawbacks ?? []).Select(p => Weighted(p.Text, p.Weight, false, language))];
        if (evaluation is { Finance: { } money, FinancialWeight: { } weight and not 0 })
        {
            var years = DisplayFormat.Number(money.HorizonYears, language);
            var text = language == ContentLanguage.English
                ? $"Financial balance over {years} year{(money.HorizonYears > 1 ? "s" : string.Empty)}: {DisplayFormat.Euros(money.Balance, language)}"
                : $"Bilan financier sur {years}\u00a0an{(money.HorizonYears > 1 ? "s" : string.Empty)}\u00a0: {DisplayFormat.Euros(money.Balance, language)}";
            (weight > 0 ? advantages : drawbacks).Add(Weighted(text, Math.Abs(weight), evaluation.IsFinancialWeightIndicative, language));
        }

        return new ScenarioView(evaluation.ScenarioId, evaluation.Name, Finance(evaluation.Finance), evaluation.Coverage, advantages, drawbacks, recommended, evaluation.Balance);
    }

    private static string Weighted(string text, int weight, bool indicative, ContentLanguage language)
        => language == ContentLanguage.English
            ? $"{text.Trim()} (weight {weight}/5{(indicative ? ", indicative" : string.Empty)})"
            : $"{text.Trim()} (poids {weight}/5{(indicative ? ", indicatif" : string.Empty)})";

    private static ScenarioFinanceView? Finance(FinancialResult? finance)
        => finance is null
            ? null
            : new ScenarioFinanceView(finance.HorizonYears, finance.TotalCost, finance.ObtainedFunding, finance.RequestedFunding, finance.NetCost, finance.Balance, finance.PaybackYear);
}
