using TicBot.Methodology;
using TicBot.Methodology.Projects;
using TicBot.Exports.Dossier.Word;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Dossier.Sections;

/// <summary>
/// A scenario's weighted advantages and drawbacks, the financial balance counted as one more (its weight indicative
/// when the team did not set it), and the resulting "solde".
/// </summary>
internal static class ScenarioPointsTable
{
    public static void Write(DossierContext context, Scenario scenario, List<string> missing)
    {
        var evaluation = context.Snapshot.Ranked(scenario.Id).Evaluation;
        var language = context.Language;
        context.Writer.Heading(3, context.T("Avantages et inconvénients", "Advantages and drawbacks"));
        var advantage = context.T("Avantage", "Advantage");
        var drawback = context.T("Inconvénient", "Drawback");
        var rows = scenario.Advantages.Select(p => new WordRow([advantage, SafeText.Clean(p.Text), Weight(p.Weight)]))
            .Concat(scenario.Drawbacks.Select(p => new WordRow([drawback, SafeText.Clean(p.Text), Weight(p.Weight)])))
            .ToList();
        if (evaluation is { Finance: { } money, FinancialWeight: { } weight } && weight != 0)
        {
            var indicative = evaluation.IsFinancialWeightIndicative ? context.T(" (indicatif)", " (indicative)") : string.Empty;
            rows.Add(new WordRow([
                weight > 0 ? advantage : drawback,
                context.T(
                    $"Bilan financier sur {Wording.Years(language, money.HorizonYears)}, financements obtenus seuls : {DisplayFormat.Euros(money.Balance, language)}",
                    $"Financial balance over {Wording.Years(language, money.HorizonYears)}, obtained funding only: {DisplayFormat.Euros(money.Balance, language)}"),
                Weight(Math.Abs(weight)) + indicative]));
        }

        if (rows.Count == 0)
        {
            missing.Add(context.T("avantages et inconvénients", "advantages and drawbacks"));
            context.Writer.Paragraph(context.T("Aucun avantage ni inconvénient n’est encore relevé.", "No advantage or drawback has been noted yet."));
            return;
        }

        context.Writer.Table(new WordTable(
            context.T($"Avantages et inconvénients — {SafeText.Clean(scenario.Name)}", $"Advantages and drawbacks — {SafeText.Clean(scenario.Name)}"),
            [new(context.T("Nature", "Kind"), 2), new(context.T("Point relevé", "Point noted"), 7), new(context.T("Poids (1 à 5)", "Weight (1 to 5)"), 2, Figures: true)],
            rows));
        context.Writer.Labelled(
            Wording.Colon(language, context.T("Solde des avantages et des inconvénients", "Balance of advantages and drawbacks")),
            Wording.Weighed(language, evaluation.Balance));
    }

    private static string Weight(int weight) => DisplayFormat.Progress(weight, 5);
}
