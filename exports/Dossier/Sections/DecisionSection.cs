using TicBot.Methodology;
using TicBot.Methodology.Rules.Calendar;
using TicBot.Exports.Dossier.Word;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Dossier.Sections;

/// <summary>
/// The validation of the scenario retained: which, when, by whom, why. The model keeps one decision and no
/// délibération reference yet; the section says what it cannot show.
/// </summary>
internal sealed class DecisionSection : IDossierSection
{
    public void Write(DossierContext context)
    {
        var snapshot = context.Snapshot;
        var language = context.Language;
        context.Writer.Heading(1, context.T("Décision", "Decision"));
        if (snapshot.Project.Decision is not { } decision)
        {
            context.Writer.Paragraph(context.T(
                "Le scénario retenu est validé par l’instance compétente au vu de ce dossier.",
                "The scenario retained is validated by the competent body in the light of this dossier."));
            context.Missing(context.T("aucun scénario n’est encore validé.", "no scenario has been validated yet."));
            return;
        }

        var scenario = snapshot.Project.FindScenario(decision.ScenarioId);
        var evaluation = scenario is null ? null : snapshot.Ranked(scenario.Id).Evaluation;
        var name = scenario is null ? decision.ScenarioId : SafeText.Clean(scenario.Name);
        context.Writer.Table(new WordTable(
            context.T("Validation du scénario retenu", "Validation of the scenario retained"),
            [new(context.T("Élément", "Item"), 2), new(context.T("Valeur", "Value"), 5)],
            [
                [context.T("Scénario retenu", "Scenario retained"), name],
                [context.T("Validé le", "Validated on"), DisplayFormat.Date(CollectiviteClock.LocalDate(decision.DecidedAt, snapshot.Zone), language)],
                [context.T("Enregistré par", "Recorded by"), SafeText.Clean(decision.DecidedByName)],
                [context.T("Motifs", "Reasons"), decision.Rationale is { Length: > 0 } why ? SafeText.Clean(why) : context.T("non précisés", "not given")],
                [context.T("Solde des avantages et des inconvénients", "Balance of advantages and drawbacks"), Wording.Weighed(language, evaluation?.Balance)],
            ]));
        if (evaluation?.Balance is not > 0)
        {
            context.Writer.Paragraph(context.T(
                "Vigilance : le solde des avantages et des inconvénients de ce scénario n’est pas positif ou n’est pas établi. La méthode conduit à poursuivre sur un solde positif.",
                "Caution: the balance of advantages and drawbacks of this scenario is not positive or not established. The method goes on with a positive balance."));
        }

        context.Missing(context.T(
            "la référence de la délibération (instance, date, numéro) : TicBot ne l’enregistre pas encore.",
            "the reference of the council decision (body, date, number): TicBot does not record it yet."));
    }
}
