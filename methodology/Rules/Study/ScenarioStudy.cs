using TicBot.Methodology.Projects;

namespace TicBot.Methodology.Rules.Study;

/// <summary>
/// The dossier de choix, computed: each scenario measured on the ranked expectations and on the balance of its
/// weighted advantages and drawbacks, which the financial study feeds; then compared. Pure functions; ties and
/// missing data are stated, never guessed.
/// </summary>
public static class ScenarioStudy
{
    /// <summary>
    /// Measures one scenario against the project's ranked expectations, and draws its balance: the weighted advantages
    /// minus the weighted drawbacks, the financial balance (gains and obtained funding minus costs) counted as one more
    /// advantage or drawback with the weight the team gave it (TicBot's default, indicative, otherwise).
    /// </summary>
    public static ScenarioEvaluation Evaluate(IReadOnlyList<Expectation> expectations, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(expectations);
        ArgumentNullException.ThrowIfNull(scenario);
        var missing = new List<string>();
        var (coverage, notAssessed) = Coverage(expectations, scenario, missing);
        var advantages = scenario.Advantages.Sum(p => p.Weight);
        var drawbacks = scenario.Drawbacks.Sum(p => p.Weight);
        var listed = scenario.Advantages.Count + scenario.Drawbacks.Count > 0;
        if (!listed)
        {
            missing.Add("advantages-drawbacks");
        }

        var finance = Finance(scenario.Finance, missing);
        var weight = scenario.Finance?.BalanceWeight ?? ScenarioFinance.DefaultBalanceWeight;
        int? financial = finance is null ? null : Math.Sign(finance.Balance) * weight;
        return new ScenarioEvaluation
        {
            ScenarioId = scenario.Id,
            Name = scenario.Name,
            Coverage = coverage,
            NotAssessedExpectationIds = notAssessed,
            AdvantagesWeight = advantages,
            DrawbacksWeight = drawbacks,
            FinancialWeight = financial,
            IsFinancialWeightIndicative = financial is not null and not 0 && scenario.Finance?.BalanceWeight is null,
            Balance = listed || financial is not null ? advantages - drawbacks + (financial ?? 0) : null,
            Finance = finance,
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
    /// Ranks scenarios (an expert addition: the seed compares, it does not score) on two criteria — the functional
    /// coverage of the ranked expectations and the balance of advantages and drawbacks, the money included — giving
    /// each scenario, per criterion, one point for every scenario it beats; a scenario missing a criterion's data gets
    /// no point for it. Equal totals are ties, shown as such. The money is not counted a second time.
    /// </summary>
    public static ScenarioComparison Compare(IReadOnlyList<Expectation> expectations, IReadOnlyList<Scenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var evaluations = scenarios.Select(s => Evaluate(expectations, s)).ToList();
        var criteria = new Func<ScenarioEvaluation, decimal?>[]
        {
            e => e.Coverage,
            e => e.Balance,
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

    private static decimal Funding(IEnumerable<FundingLine> lines, FundingCertainty certainty) =>
        lines.Where(f => f.Certainty == certainty).Sum(f => f.Amount);

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
            ObtainedFunding = Funding(finance.Funding!, FundingCertainty.Granted),
            RequestedFunding = Funding(finance.Funding!, FundingCertainty.Requested),
            EnvisagedFunding = Funding(finance.Funding!, FundingCertainty.Possible),
        };
    }
}
