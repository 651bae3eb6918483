using System.Text.Json.Serialization;

namespace TicBot.Methodology.Projects;

public sealed partial class Project
{
    /// <summary>Largest amount accepted on one line, in euros (keeps every computation far from decimal overflow).</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    private List<Scenario> _scenarios = [];

    /// <summary>The scenarios of the dossier de choix.</summary>
    [JsonInclude]
    public IReadOnlyList<Scenario> Scenarios { get => _scenarios; internal set => _scenarios = [.. value ?? []]; }

    /// <summary>The validated scenario. <value>Null until a scenario is validated.</value></summary>
    [JsonInclude]
    public ScenarioDecision? Decision { get; internal set; }

    /// <summary>Finds a scenario. <value>Null when unknown.</value></summary>
    public Scenario? FindScenario(string scenarioId) => _scenarios.FirstOrDefault(s => s.Id == scenarioId);

    /// <summary>
    /// Adds a scenario (when its <see cref="Scenario.Id"/> is empty; the project assigns one) or replaces an existing
    /// one. Returns the scenario as stored.
    /// </summary>
    /// <exception cref="MethodologyException">Unknown id, blank name, coverage of an unknown expectation,
    /// a weight outside 1–5 (the financial balance's included), a negative amount or a horizon outside 1–30 years.</exception>
    public Scenario SaveScenario(Scenario scenario, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        CheckScenario(scenario);
        Scenario stored;
        if (string.IsNullOrEmpty(scenario.Id))
        {
            CheckRoom(_scenarios.Count, "scenarios");
            stored = scenario with { Id = NewId("sc"), Name = scenario.Name.Trim() };
            _scenarios.Add(stored);
        }
        else
        {
            var index = _scenarios.FindIndex(s => s.Id == scenario.Id);
            if (index < 0)
            {
                throw new MethodologyException($"No scenario '{scenario.Id}' in this project.");
            }

            stored = scenario with { Name = scenario.Name.Trim() };
            _scenarios[index] = stored;
        }

        if (Phase == ProjectPhase.Framing)
        {
            Phase = ProjectPhase.Study;
        }

        Record(actor, at, HistoryAction.ScenarioSaved, stored.Id);
        return stored;
    }

    /// <summary>Removes a scenario. Removing an unknown scenario does nothing.</summary>
    /// <exception cref="MethodologyException">The scenario is the validated one (reopen the decision first).</exception>
    public void RemoveScenario(string scenarioId, Actor actor, DateTimeOffset at)
    {
        if (Decision?.ScenarioId == scenarioId)
        {
            throw new MethodologyException(
                $"Scenario '{scenarioId}' is the validated scenario; reopen the decision before removing it.", Phase.ToString(), "scenario removed");
        }

        if (_scenarios.RemoveAll(s => s.Id == scenarioId) > 0)
        {
            Record(actor, at, HistoryAction.ScenarioRemoved, scenarioId);
        }
    }

    /// <summary>
    /// Validates the chosen scenario ("validation du scénario retenu"); the project moves to
    /// <see cref="ProjectPhase.Decided"/> unless it is already further on. Validating the validated scenario again does nothing.
    /// </summary>
    /// <exception cref="MethodologyException">The scenario does not exist, or another scenario is already validated.</exception>
    public void ValidateScenario(string scenarioId, string? rationale, Actor actor, DateTimeOffset at)
    {
        if (FindScenario(scenarioId) is null)
        {
            throw new MethodologyException($"Cannot validate scenario '{scenarioId}': it does not exist.", Phase.ToString(), ProjectPhase.Decided.ToString());
        }

        if (Decision is { } existing)
        {
            if (existing.ScenarioId == scenarioId)
            {
                return;
            }

            throw new MethodologyException(
                $"Scenario '{existing.ScenarioId}' is already validated; reopen the decision to validate '{scenarioId}'.",
                $"Decided ({existing.ScenarioId})",
                $"Decided ({scenarioId})");
        }

        ArgumentNullException.ThrowIfNull(actor);
        Decision = new ScenarioDecision(scenarioId, actor.Id, actor.Name, at, string.IsNullOrWhiteSpace(rationale) ? null : rationale.Trim());
        if (Phase < ProjectPhase.Decided)
        {
            Phase = ProjectPhase.Decided;
        }

        Record(actor, at, HistoryAction.ScenarioValidated, scenarioId);
    }

    /// <summary>Withdraws the validation; a Decided project goes back to Study. Does nothing when nothing is validated.</summary>
    public void ReopenDecision(Actor actor, DateTimeOffset at)
    {
        if (Decision is not { } decision)
        {
            return;
        }

        Decision = null;
        if (Phase == ProjectPhase.Decided)
        {
            Phase = ProjectPhase.Study;
        }

        Record(actor, at, HistoryAction.DecisionReopened, decision.ScenarioId);
    }

    private void CheckScenario(Scenario scenario)
    {
        RequireText(scenario.Name, "scenario name");
        if (scenario.Description is { Length: > MaxTextLength })
        {
            throw new MethodologyException($"The scenario description is longer than {MaxTextLength} characters.");
        }

        if (scenario.Advantages.Count + scenario.Drawbacks.Count > MaxItemsPerList)
        {
            throw new MethodologyException($"A scenario lists at most {MaxItemsPerList} advantages and drawbacks.");
        }

        var unknown = scenario.Coverage.Keys.FirstOrDefault(id => !_expectations.Any(e => e.Id == id));
        if (unknown is not null)
        {
            throw new MethodologyException($"Scenario coverage refers to unknown expectation '{unknown}'.");
        }

        if (scenario.Advantages.Concat(scenario.Drawbacks).FirstOrDefault(p => p.Weight is < 1 or > 5 || string.IsNullOrWhiteSpace(p.Text) || p.Text.Length > MaxTextLength) is { } bad)
        {
            throw new MethodologyException($"Each advantage or drawback needs a text and a weight from 1 to 5 ('{bad.Text}', {bad.Weight}).");
        }

        if (scenario.Finance is not { } finance)
        {
            return;
        }

        if (finance.HorizonYears is < 1 or > 30)
        {
            throw new MethodologyException($"The financial horizon must be 1 to 30 years, not {finance.HorizonYears}.");
        }

        if (finance.BalanceWeight is < 1 or > 5)
        {
            throw new MethodologyException($"The weight of the financial balance must be 1 to 5, not {finance.BalanceWeight}.");
        }

        var amounts = (finance.OneOffCosts ?? []).Concat(finance.YearlyRunningCosts ?? []).Concat(finance.YearlyGains ?? [])
            .Select(l => (l.Label, l.Amount)).Concat((finance.Funding ?? []).Select(f => (Label: f.Source, f.Amount)));
        foreach (var (label, amount) in amounts)
        {
            if (amount is < 0 or > MaxAmount)
            {
                throw new MethodologyException($"Amounts are positive euros up to {MaxAmount:0} ('{label}': {amount}).");
            }

            if (string.IsNullOrWhiteSpace(label) || label.Length > MaxTextLength)
            {
                throw new MethodologyException($"Each amount needs a label of at most {MaxTextLength} characters.");
            }
        }
    }
}
