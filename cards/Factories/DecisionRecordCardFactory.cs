using TicBot.Cards.Formatting;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>The record of the decision on the scenario retained ("validation du scénario retenu").</summary>
public static class DecisionRecordCardFactory
{
    public static AdaptiveCard Create(DecisionRecordView decision, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var title = T(language, $"Relevé de décision — {decision.ProjectName}", $"Decision record — {decision.ProjectName}");
        List<AdaptiveElement> body =
        [
            Heading(title),
            new FactSet(
            [
                new Fact(T(language, "Scénario retenu", "Scenario retained"), decision.ScenarioName),
                new Fact(T(language, "Décidé le", "Decided on"), DisplayFormatter.Date(decision.DecidedOn, language)),
                new Fact(T(language, "Par", "By"), decision.DecidedBy),
                new Fact(T(language, "Coût net", "Net cost"), DisplayFormatter.Money(decision.NetCost, language)),
                new Fact(T(language, "Solde", "Balance"), DisplayFormatter.Money(decision.Balance, language) + " "
                    + (decision.Balance >= 0 ? T(language, "(positif)", "(positive)") : T(language, "(négatif)", "(negative)"))),
                new Fact(T(language, "Retour sur investissement", "Payback"), decision.PaybackMonths is { } months
                    ? DisplayFormatter.Months(months, language)
                    : T(language, "non atteint", "not reached")),
            ]),
            Labelled(T(language, "Motifs :", "Reasons:"), decision.Rationale),
        ];
        if (decision.OtherScenarios.Count > 0)
        {
            body.Add(Labelled(T(language, "Autres scénarios étudiés :", "Other scenarios studied:"), string.Join(", ", decision.OtherScenarios)));
        }

        if (decision.Balance < 0)
        {
            body.Add(new TextBlock(T(language,
                "Attention : le solde est négatif. La méthode conseille de ne poursuivre qu’avec un solde positif ; vérifiez les financements possibles.",
                "Warning: the balance is negative. The method advises going ahead only with a positive balance; check the possible funding."))
            { Color = TextColor.Attention, Wrap = true });
        }

        return Card(language, title, body, [MenuButton(language)]);
    }
}
