using TicBot.Methodology;
using TicBot.Exports.Dossier.Word;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Dossier.Sections;

/// <summary>The expectations collected, most important first, with where each was collected.</summary>
internal sealed class ExpectationsSection : IDossierSection
{
    public void Write(DossierContext context)
    {
        var snapshot = context.Snapshot;
        var expectations = snapshot.Project.Expectations;
        context.Writer.Heading(1, context.T("Attentes classées", "Ranked expectations"));
        if (expectations.Count == 0)
        {
            context.Missing(context.T(
                "les attentes des usagers, des agents et des élus ne sont pas encore recueillies.",
                "the expectations of the public, staff and elected officials are not collected yet."));
            return;
        }

        var count = DisplayFormat.Count(expectations.Count, context.Language, "attente recueillie", "attentes recueillies", "expectation collected", "expectations collected");
        context.Writer.Paragraph(context.T(
            $"{count}, classées de la plus importante à la moins importante. Ce rang pondère la couverture des attentes par chaque scénario.",
            $"{count}, ranked from most to least important. The rank weighs each scenario's coverage of the expectations."));
        context.Writer.Table(new WordTable(
            context.T("Attentes par ordre d’importance", "Expectations by order of importance"),
            [new(context.T("Rang", "Rank"), 1, Figures: true), new(context.T("Attente", "Expectation"), 7), new(context.T("Origine", "Source"), 2)],
            [.. expectations.OrderBy(e => e.Rank).Select(e => new WordRow([
                DisplayFormat.Number(e.Rank, context.Language), SafeText.Clean(e.Text), snapshot.Content.Label(e.Source)]))]));
    }
}
