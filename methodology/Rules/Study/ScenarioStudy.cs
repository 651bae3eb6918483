using TicBot.Methodology.Projects;

namespace TicBot.Methodology.Rules.Study;

/// <summary>
/// The dossier de choix, computed: each scenario measured on the ranked expectations, its weighted advantages and
/// drawbacks and its money; then compared. Pure functions; ties and missing data are stated, never guessed.
/// </summary>
public static class ScenarioStudy
{
    /// <summary>Measures one scenario against the project's ranked expectations.</summary>
    public static ScenarioEvaluation Evaluate(IReadOnlyList<Expectation> expectations, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(expectations);
        ArgumentNullException.ThrowIfNull(scenario);
        var missing = new List<string>();
        var (coverage, notAssessed) = Coverage(expectations, scenario, missing);
        var advantages = scenario.Advantages.Sum(p => p.Weight);
        var drawbacks = scenario.Drawbacks.Sum(p => p.Weight);
        int? qualitative = scenario.Advantages.Count + scenario.Drawbacks.Count == 0 ? null : advantages - drawbacks;
        if (qualitative is null)
        {
            missing.Add("advantages-drawbacks");
        }

        return new ScenarioEvaluation
        {
            ScenarioId = scenario.Id,
            Name = scenario.Name,
            Coverage = coverage,
            NotAssessedExpectationIds = notAssessed,
            AdvantagesWeight = advantages,
            DrawbacksWeight = drawbacks,
            QualitativeBalance = qualitative,
            Finance = Finance(scenario.Finance, missing),
            MissingData = missing,
        };
    }

    /// <summary>Compares the project's scenarios.</summary>
    public static ScenarioComparison Compare(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Compare(project.Expectations, project.Scenarios);
    }

    /// <summary>
    /// Ranks scenarios on three criteria — coverage, advantages minus drawbacks, financial balance — giving each
    /// scenario, per criterion, one point for every scenario it beats; a scenario missing a criterion's data gets
    /// no point for it. Equal totals are ties, shown as such.
    /// </summary>
    public static ScenarioComparison Compare(IReadOnlyList<Expectation> expectations, IReadOnlyList<Scenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var evaluations = scenarios.Select(s => Evaluate(expectations, s)).ToList();
        var criteria = new Func<ScenarioEvaluation, decimal?>[]
        {
            e => e.Coverage,
            e => e.QualitativeBalance,
            e => e.Finance?.Balance,
        };
        var points = evaluations.Select(e => criteria.Sum(c => Beaten(e, evaluations, c))).ToList();
        var ranking = evaluations
            .Select((e, i) => (Evaluation: e, Points: points[i]))
            .OrderByDescending(x => x.Points)
            .Select(x =>
            {
                var tiedWith = evaluations.Where((o, j) => points[j] == x.Points && o != x.Evaluation).ToList();
                return new RankedScenario(
                    1 + points.Count(p => p > x.Points),
                    x.Points,
                    tiedWith.Count > 0,
                    x.Evaluation,
                    StudyMessages.Reasons(x.Evaluation, evaluations, tiedWith));
            })
            .ToList();
        var horizons = evaluations.Where(e => e.Finance is not null).Select(e => e.Finance!.HorizonYears).Distinct().Count();
        return new ScenarioComparison(ranking, horizons > 1 ? StudyMessages.DifferentHorizons() : null);
    }

    private static int Beaten(ScenarioEvaluation e, List<ScenarioEvaluation> all, Func<ScenarioEvaluation, decimal?> criterion) =>
        criterion(e) is { } value ? all.Count(o => criterion(o) is { } other && other < value) : 0;

    private static (decimal? Coverage, IReadOnlyList<string> NotAssessed) Coverage(
        IReadOnlyList<Expectation> expectations, Scenario scenario, List<string> missing)
    {
        if (expectations.Count == 0)
        {
            missing.Add("expectations");
            return (null, []);
        }

        var notAssessed = expectations.Where(e => !scenario.Coverage.ContainsKey(e.Id)).Select(e => e.Id).ToList();
        if (notAssessed.Count == expectations.Count)
        {
            missing.Add("coverage");
            return (null, notAssessed);
        }

        if (notAssessed.Count > 0)
        {
            missing.Add("coverage-incomplete");
        }

        decimal total = 0, covered = 0;
        // The list order is the ranking (the project keeps it so); using positions rather than the stored Rank
        // keeps weights positive even for a hand-edited document.
        foreach (var (expectation, index) in expectations.OrderBy(e => e.Rank).Select((e, i) => (e, i)))
        {
            decimal weight = expectations.Count - index;
            total += weight;
            covered += weight * scenario.Coverage.GetValueOrDefault(expectation.Id) switch
            {
                CoverageLevel.Full => 1m,
                CoverageLevel.Partial => 0.5m,
                _ => 0m,
            };
        }

        return (covered / total, notAssessed);
    }

    private static FinancialResult? Finance(ScenarioFinance? finance, List<string> missing)
    {
        if (finance is null)
        {
            missing.Add("finance");
            return null;
        }

        var before = missing.Count;
        if (finance.OneOffCosts is null)
        {
            missing.Add("finance.one-off-costs");
        }

        if (finance.YearlyRunningCosts is null)
        {
            missing.Add("finance.running-costs");
        }

        if (finance.YearlyGains is null)
        {
            missing.Add("finance.gains");
        }

        if (finance.Funding is null)
        {
            missing.Add("finance.funding");
        }

        return missing.Count > before ? null : new FinancialResult
        {
            HorizonYears = finance.HorizonYears,
            OneOffCosts = finance.OneOffCosts!.Sum(l => l.Amount),
            YearlyRunningCosts = finance.YearlyRunningCosts!.Sum(l => l.Amount),
            YearlyGains = finance.YearlyGains!.Sum(l => l.Amount),
            Funding = finance.Funding!.Sum(f => f.Amount),
            GrantedFunding = finance.Funding!.Where(f => f.Certainty == FundingCertainty.Granted).Sum(f => f.Amount),
        };
    }
}
