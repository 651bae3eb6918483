using TicBot.Methodology;
using TicBot.Methodology.Projects;
using TicBot.Exports.Dossier.Word;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Dossier.Sections;

/// <summary>
/// Each scenario studied: description, coverage of the ranked expectations, costs and gains, funding, and its weighted
/// advantages and drawbacks with the financial balance among them (the seed's "étude fonctionnelle et financière",
/// "avantages – inconvénients").
/// </summary>
internal sealed class ScenariosSection : IDossierSection
{
    public void Write(DossierContext context)
    {
        var scenarios = context.Snapshot.Project.Scenarios;
        context.Writer.Heading(1, context.T("Scénarios étudiés", "Scenarios studied"));
        if (scenarios.Count == 0)
        {
            context.Missing(context.T("aucun scénario n’est encore décrit.", "no scenario has been described yet."));
            return;
        }

        var count = DisplayFormat.Count(scenarios.Count, context.Language, "scénario étudié", "scénarios étudiés", "scenario studied", "scenarios studied");
        context.Writer.Paragraph(context.T(
            $"{count} sur les plans fonctionnel et financier, dans l’ordre où l’équipe les a décrits.",
            $"{count} on the functional and financial sides, in the order the team described them."));
        foreach (var scenario in scenarios)
        {
            WriteScenario(context, scenario);
        }
    }

    private static void WriteScenario(DossierContext context, Scenario scenario)
    {
        var writer = context.Writer;
        var name = SafeText.Clean(scenario.Name);
        writer.Heading(2, context.Snapshot.IsValidated(scenario) ? context.T($"{name} (scénario retenu)", $"{name} (scenario retained)") : name);
        var missing = new List<string>();
        if (scenario.Description is { Length: > 0 } description)
        {
            writer.Paragraph(SafeText.Clean(description));
        }
        else
        {
            missing.Add(context.T("description", "description"));
        }

        Coverage(context, scenario, missing);
        ScenarioMoneyTables.Write(context, scenario, missing);
        ScenarioPointsTable.Write(context, scenario, missing);
        if (missing.Count > 0)
        {
            context.Missing(context.T($"scénario {Wording.Quote(context.Language, name)} : {string.Join(", ", missing)}.", $"scenario {Wording.Quote(context.Language, name)}: {string.Join(", ", missing)}."));
        }
    }

    private static void Coverage(DossierContext context, Scenario scenario, List<string> missing)
    {
        var expectations = context.Snapshot.Project.Expectations;
        if (expectations.Count == 0)
        {
            return;
        }

        var evaluation = context.Snapshot.Ranked(scenario.Id).Evaluation;
        context.Writer.Heading(3, context.T("Couverture des attentes", "Coverage of expectations"));
        if (evaluation.Coverage is not { } coverage)
        {
            missing.Add(context.T("couverture des attentes", "coverage of expectations"));
            context.Writer.Paragraph(context.T("La couverture des attentes n’est pas encore évaluée pour ce scénario.", "The coverage of the expectations is not assessed yet for this scenario."));
            return;
        }

        context.Writer.Labelled(
            Wording.Colon(context.Language, context.T("Couverture pondérée par le rang", "Coverage weighted by rank")),
            DisplayFormat.Percent(coverage, context.Language));
        var notAssessed = context.T("non évaluée", "not assessed");
        context.Writer.Table(new WordTable(
            context.T($"Couverture des attentes — {SafeText.Clean(scenario.Name)}", $"Coverage of expectations — {SafeText.Clean(scenario.Name)}"),
            [new(context.T("Rang", "Rank"), 1, Figures: true), new(context.T("Attente", "Expectation"), 6), new(context.T("Couverture", "Coverage"), 3)],
            [.. expectations.OrderBy(e => e.Rank).Select(e => new WordRow([
                DisplayFormat.Number(e.Rank, context.Language),
                SafeText.Clean(e.Text),
                scenario.Coverage.TryGetValue(e.Id, out var level) ? context.Snapshot.Content.Label(level) : notAssessed]))]));
        if (evaluation.NotAssessedExpectationIds.Count > 0)
        {
            missing.Add(context.T("couverture de certaines attentes", "coverage of some expectations"));
        }
    }
}
