using TicBot.Methodology;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// The functional and financial comparison of the scenarios (the dossier de choix): a table with one
/// column per scenario, the recommended one marked in words, then each scenario's pros and cons, the financial
/// balance among them. Only obtained funding counts; requested funding is shown apart.
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
            "Solde positif → décision de poursuite : le solde des avantages et des inconvénients, étude financière comprise, éclaire la décision, qui revient ensuite à l’instance compétente. Un bilan financier négatif compte comme un inconvénient, non comme un veto.",
            "Positive balance → decision to go on: the balance of advantages and drawbacks, financial study included, informs the decision, which then rests with the competent body. A negative financial balance counts as a drawback, not as a veto.")));
        body.Add(AdditionText.Note(T(language,
            "le classement est proposé par TicBot : chaque scénario marque un point par scénario qu’il devance sur la couverture des attentes, pondérées par leur rang, et un sur le solde. Sans poids fixé par l’équipe, le bilan financier pèse 3/5, poids indicatif.",
            "the ranking is TicBot’s: each scenario scores a point for every scenario it beats on the coverage of the expectations, weighted by rank, and one on the balance. Unless the team sets its weight, the financial balance weighs 3/5, an indicative weight."), language));
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
            Row(T(language, "Financements obtenus", "Funding obtained"), s => Cell(FinanceText.Money(s.Finance?.ObtainedFunding, language))),
            Row(T(language, "Financements demandés (non comptés)", "Funding requested (not counted)"), s => Cell(FinanceText.Money(s.Finance?.RequestedFunding, language))),
            Row(T(language, "Coût net", "Net cost"), s => Cell(FinanceText.Money(s.Finance?.NetCost, language))),
            Row(T(language, "Bilan financier", "Financial balance"), s => Cell(FinanceText.Balance(s.Finance, language))),
            Row(T(language, "Délai de retour sur investissement", "Payback period"), s => Cell(FinanceText.Payback(s.Finance, language))),
            Row(T(language, "Attentes couvertes", "Expectations covered"), s => Cell(s.Coverage is { } c ? DisplayFormat.Percent(c, language) : T(language, "à évaluer", "not assessed"))),
            Row(T(language, "Solde des avantages et des inconvénients", "Balance of advantages and drawbacks"), s => Cell(FinanceText.Weighed(s.Balance, language), bold: true,
                color: s.Balance is null ? null : s.Balance > 0 ? TextColor.Good : TextColor.Attention)),
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
