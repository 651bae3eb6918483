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
                new Fact(T(language, "Solde des avantages et des inconvénients", "Balance of advantages and drawbacks"), FinanceText.Weighed(decision.Balance, language)),
                new Fact(T(language, "Coût net", "Net cost"), FinanceText.Money(decision.Finance?.NetCost, language)),
                new Fact(T(language, "Bilan financier", "Financial balance"), FinanceText.Balance(decision.Finance, language)),
                new Fact(T(language, "Délai de retour sur investissement", "Payback period"), FinanceText.Payback(decision.Finance, language)),
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

        if (decision.Balance is not > 0)
        {
            body.Add(new TextBlock(T(language,
                "Vigilance : le solde des avantages et des inconvénients n’est pas positif ou n’est pas établi. La méthode conduit à poursuivre sur un solde positif ; complétez l’étude financière et pesez de nouveau avantages et inconvénients.",
                "Caution: the balance of advantages and drawbacks is not positive or not established. The method goes on with a positive balance; complete the financial study and weigh the advantages and drawbacks again."))
            { Color = TextColor.Attention, Wrap = true });
        }

        if (decision.Finance is { RequestedFunding: > 0 } money)
        {
            body.Add(Subtle(T(language,
                $"Financements demandés, non comptés dans le bilan : {FinanceText.Money(money.RequestedFunding, language)}.",
                $"Funding requested, not counted in the balance: {FinanceText.Money(money.RequestedFunding, language)}.")));
        }

        return Card(language, title, body, [MenuButton(language)]);
    }
}
