using TicBot.Methodology;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// The functional and financial comparison of the scenarios (the dossier de choix): a table with one
/// column per scenario, the recommended one marked in words, then each scenario's pros and cons.
/// </summary>
public static class ScenarioComparisonCardFactory
{
    /// <summary>Scenarios per table; more are shown in further tables, so columns stay readable.</summary>
    public const int ScenariosPerTable = 5;

    /// <summary>Longer advantages or drawbacks are cut, with an ellipsis.</summary>
    public const int MaxPointLength = 300;

    /// <summary>
    /// The comparison. When the pros and cons would push the card past the size budget, the card keeps
    /// the table and says that the details do not fit, rather than being refused by Teams.
    /// </summary>
    public static AdaptiveCard Create(ScenarioComparisonView comparison, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var full = Build(comparison, language, details: true);
        return Serialization.CardSerializer.AttachmentSize(full) <= CardPager.BudgetBytes ? full : Build(comparison, language, details: false);
    }

    private static AdaptiveCard Build(ScenarioComparisonView comparison, ContentLanguage language, bool details)
    {
        var title = T(language, $"Comparaison des scénarios — {Clip(comparison.ProjectName)}", $"Scenario comparison — {Clip(comparison.ProjectName)}");
        List<AdaptiveElement> body = [Heading(title)];
        if (comparison.Scenarios.Count == 0)
        {
            body.Add(Paragraph(T(language, "Aucun scénario n’est encore décrit.", "No scenario has been described yet.")));
            return Card(language, title, body, [MenuButton(language)]);
        }

        var recommended = comparison.Scenarios.FirstOrDefault(s => s.Recommended);
        body.Add(recommended is null
            ? Paragraph(T(language, "Aucun scénario ne se détache seul en tête pour l’instant.", "No scenario stands alone at the top yet."))
            : Labelled(T(language, "Scénario recommandé :", "Recommended scenario:"), Clip(recommended.Name)));
        if (comparison.Reasons.Count > 0)
        {
            body.Add(Bullets(comparison.Reasons.Select(r => Clip(r, MaxPointLength))));
        }

        body.AddRange(comparison.Scenarios.Chunk(ScenariosPerTable).Select(chunk => FiguresTable(chunk, language)));
        body.Add(Subtle(T(language,
            "Un solde positif permet de décider de poursuivre ; la décision revient ensuite à l’instance compétente.",
            "A positive balance supports going ahead; the decision then rests with the competent body.")));
        if (!details)
        {
            body.Add(Paragraph(T(language,
                "Les avantages et inconvénients sont trop longs pour tenir dans cette carte : consultez-les scénario par scénario.",
                "The advantages and drawbacks are too long for this card: look at them scenario by scenario.")));
        }

        foreach (var scenario in details ? comparison.Scenarios : [])
        {
            body.Add(Subheading(scenario.Recommended ? T(language, $"{Clip(scenario.Name)} (recommandé)", $"{Clip(scenario.Name)} (recommended)") : Clip(scenario.Name)));
            body.AddRange(Points(T(language, "Avantages", "Advantages"), scenario.Advantages, language));
            body.AddRange(Points(T(language, "Inconvénients", "Drawbacks"), scenario.Drawbacks, language));
        }

        return Card(language, title, body, [MenuButton(language)]);
    }

    private static Table FiguresTable(IReadOnlyList<ScenarioView> scenarios, ContentLanguage language)
    {
        static TableCell Cell(string text, bool bold = false, TextColor? color = null)
            => new([new TextBlock(text) { Wrap = true, Weight = bold ? TextWeight.Bolder : null, Color = color }]);

        TableRow Row(string criterion, Func<ScenarioView, TableCell> cell) => new([Cell(criterion, true), .. scenarios.Select(cell)]);

        List<TableRow> rows =
        [
            Row(T(language, "Critère", "Criterion"), s => Cell(s.Recommended ? T(language, $"{Clip(s.Name)} (recommandé)", $"{Clip(s.Name)} (recommended)") : Clip(s.Name), true)),
            Row(T(language, "Durée étudiée", "Period studied"), s => Cell(FinanceText.Horizon(s.Finance, language))),
            Row(T(language, "Coût total", "Total cost"), s => Cell(FinanceText.Money(s.Finance?.TotalCost, language))),
            Row(T(language, "Financements", "Funding"), s => Cell(FinanceText.Money(s.Finance?.Funding, language))),
            Row(T(language, "Coût net", "Net cost"), s => Cell(FinanceText.Money(s.Finance?.NetCost, language))),
            Row(T(language, "Solde", "Balance"), s => Cell(FinanceText.Balance(s.Finance, language),
                color: s.Finance is null ? null : s.Finance.Balance > 0 ? TextColor.Good : TextColor.Attention)),
            Row(T(language, "Retour sur investissement", "Payback"), s => Cell(FinanceText.Payback(s.Finance, language))),
            Row(T(language, "Besoins couverts", "Needs covered"), s => Cell(s.Coverage is { } c ? DisplayFormat.Percent(c, language) : T(language, "à évaluer", "not assessed"))),
        ];
        return new Table([new TableColumnDefinition(2), .. scenarios.Select(_ => new TableColumnDefinition(2))], rows) { FirstRowAsHeader = true };
    }

    private static IEnumerable<AdaptiveElement> Points(string title, IReadOnlyList<string> points, ContentLanguage language)
    {
        if (points.Count == 0)
        {
            yield return Paragraph(T(language, $"{title} : aucun relevé.", $"{title}: none noted."));
            yield break;
        }

        yield return new TextBlock(T(language, $"{title} :", $"{title}:")) { Weight = TextWeight.Bolder, Wrap = true };
        yield return Bullets(points.Select(p => Clip(p, MaxPointLength)));
    }
}
