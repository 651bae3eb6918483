using TicBot.Methodology;
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
        var title = T(language, $"Relevé de décision — {Clip(decision.ProjectName)}", $"Decision record — {Clip(decision.ProjectName)}");
        List<AdaptiveElement> body =
        [
            Heading(title),
            new FactSet(
            [
                new Fact(T(language, "Scénario retenu", "Scenario retained"), Clip(decision.ScenarioName)),
                new Fact(T(language, "Décidé le", "Decided on"), DisplayFormat.Date(decision.DecidedOn, language)),
                new Fact(T(language, "Par", "By"), decision.DecidedBy),
                new Fact(T(language, "Coût net", "Net cost"), FinanceText.Money(decision.Finance?.NetCost, language)),
                new Fact(T(language, "Solde", "Balance"), FinanceText.Balance(decision.Finance, language)),
                new Fact(T(language, "Retour sur investissement", "Payback"), FinanceText.Payback(decision.Finance, language)),
            ]),
        ];
        if (!string.IsNullOrWhiteSpace(decision.Rationale))
        {
            body.Add(Labelled(T(language, "Motifs :", "Reasons:"), Clip(decision.Rationale, TextLength)));
        }
        if (decision.OtherScenarios.Count > 0)
        {
            body.Add(Labelled(T(language, "Autres scénarios étudiés :", "Other scenarios studied:"), string.Join(", ", decision.OtherScenarios.Select(name => Clip(name)))));
        }

        if (decision.Finance is { Balance: <= 0 })
        {
            body.Add(new TextBlock(T(language,
                "Attention : le solde n’est pas positif. La méthode conseille de ne poursuivre qu’avec un solde positif ; vérifiez les financements possibles.",
                "Warning: the balance is not positive. The method advises going ahead only with a positive balance; check the possible funding."))
            { Color = TextColor.Attention, Wrap = true });
        }

        return Card(language, title, body, [MenuButton(language)]);
    }
}
