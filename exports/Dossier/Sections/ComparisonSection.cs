using TicBot.Methodology;
using TicBot.Methodology.Rules.Study;
using TicBot.Exports.Dossier.Word;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Dossier.Sections;

/// <summary>
/// The scenarios side by side (<see cref="ScenarioStudy"/>), the recommendation and the reasons for each place. The
/// ranking is TicBot's addition to the seed, and the default weight of the financial balance is indicative: both said.
/// </summary>
internal sealed class ComparisonSection : IDossierSection
{
    /// <summary>Scenarios per table on a portrait A4 page; more make further tables.</summary>
    public const int ScenariosPerTable = 4;

    public void Write(DossierContext context)
    {
        var comparison = context.Snapshot.Comparison;
        var writer = context.Writer;
        writer.Heading(1, context.T("Comparaison et recommandation", "Comparison and recommendation"));
        if (comparison.Ranking.Count == 0)
        {
            context.Missing(context.T("la comparaison : elle suppose au moins un scénario décrit.", "the comparison: it needs at least one scenario described."));
            return;
        }

        var inOrder = context.Snapshot.Project.Scenarios.Select(s => context.Snapshot.Ranked(s.Id)).ToList();
        var part = 0;
        foreach (var chunk in inOrder.Chunk(ScenariosPerTable))
        {
            var caption = context.T("Comparaison des scénarios", "Scenario comparison");
            writer.Table(ComparisonTable.Create(context, inOrder.Count > ScenariosPerTable ? $"{caption} ({++part})" : caption, chunk));
        }

        writer.Paragraph(context.T(
            "Solde positif → décision de poursuite : le solde des avantages et des inconvénients, étude financière comprise, éclaire la décision, qui revient à l’instance compétente. Un bilan financier négatif compte comme un inconvénient, non comme un veto.",
            "Positive balance → decision to go on: the balance of advantages and drawbacks, financial study included, informs the decision, which rests with the competent body. A negative financial balance counts as a drawback, not as a veto."));
        if (comparison.HorizonNote is { } horizon)
        {
            writer.Note(horizon.For(context.Language));
        }

        writer.Heading(2, context.T("Recommandation", "Recommendation"));
        if (comparison.LeaderId is { } leader)
        {
            writer.Labelled(Wording.Colon(context.Language, context.T("Scénario recommandé", "Recommended scenario")), SafeText.Clean(context.Snapshot.Ranked(leader).Evaluation.Name));
        }
        else
        {
            writer.Paragraph(context.T("Aucun scénario ne se détache seul en tête pour l’instant.", "No scenario stands alone at the top yet."));
        }

        foreach (var ranked in comparison.Ranking)
        {
            var tie = ranked.IsTied ? context.T(" (ex aequo)", " (tied)") : string.Empty;
            writer.Labelled($"{DisplayFormat.Number(ranked.Position, context.Language)}.", SafeText.Clean(ranked.Evaluation.Name) + tie);
            writer.Bullets(ranked.Reasons.Select(r => r.For(context.Language)));
        }

        writer.Note(context.T(
            "Complément, indicatif : le classement est proposé par TicBot. Chaque scénario marque un point par scénario qu’il devance sur la couverture des attentes, pondérées par leur rang, et un sur le solde. Sans poids fixé par l’équipe, le bilan financier pèse 3 sur 5.",
            "Addition, indicative: the ranking is TicBot's. Each scenario scores a point for every scenario it beats on the coverage of the expectations, weighted by rank, and one on the balance. Unless the team sets its weight, the financial balance weighs 3 out of 5."));
    }
}
