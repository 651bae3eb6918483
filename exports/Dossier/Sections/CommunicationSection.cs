using TicBot.Methodology;
using TicBot.Methodology.Projects;
using TicBot.Exports.Dossier.Word;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Dossier.Sections;

/// <summary>
/// "Communiquer à chaque étape": the communication milestones with their audiences and state; actions beyond the seed
/// are marked « complément », the recurring one and the suggested dates « indicatif ».
/// </summary>
internal sealed class CommunicationSection : IDossierSection
{
    public void Write(DossierContext context)
    {
        var snapshot = context.Snapshot;
        var language = context.Language;
        var writer = context.Writer;
        writer.Heading(1, context.T("Communication", "Communication"));
        writer.Paragraph(context.T(
            "Communiquer à chaque étape : en interne et en externe dès le lancement, auprès des agents, puis des usagers lorsque le projet est clairement défini, lorsque la consultation pour l’équipement est lancée, au démarrage des sites pilotes et à intervalle régulier en exploitation.",
            "Communicate at every step: internally and externally from the launch, to the staff, then to the public once the project is clearly defined, when the call for tenders for the equipment is launched, when the pilot sites start and at regular intervals in operation."));
        var milestones = snapshot.Project.Milestones;
        if (milestones.Count == 0)
        {
            context.Missing(context.T("les jalons de communication ne sont pas encore planifiés.", "the communication milestones are not planned yet."));
            return;
        }

        writer.Table(new WordTable(
            context.T("Jalons de communication", "Communication milestones"),
            [new(context.T("Date", "Date"), 2), new(context.T("Action", "Action"), 5), new(context.T("Public", "Audience"), 2), new(context.T("État", "Status"), 3)],
            [.. milestones.Select(m => new WordRow([
                DisplayFormat.ShortDate(m.Due, language),
                Title(context, m),
                string.Join(", ", m.Audiences.Select(snapshot.Content.AudienceLabel)),
                State(context, m)]))]));
        writer.Note(context.T(
            "Complément, indicatif : les dates que TicBot propose à partir des dates clés et du planning sont à ajuster par l’équipe.",
            "Addition, indicative: the dates TicBot suggests from the key dates and the plan are for the team to adjust."));
    }

    private static string Title(DossierContext context, CommunicationMilestone milestone)
    {
        var action = context.Snapshot.Content.FindCommunicationAction(milestone.ActionId);
        var title = action?.Title ?? SafeText.Clean(milestone.ActionId);
        return action is { IsAddition: true } ? context.T($"{title} (complément)", $"{title} (addition)") : title;
    }

    private static string State(DossierContext context, CommunicationMilestone milestone)
    {
        var language = context.Language;
        var state = milestone.Status switch
        {
            MilestoneStatus.Done => context.T("réalisée", "done"),
            MilestoneStatus.Cancelled => context.T("annulée", "cancelled"),
            _ when milestone.Due < context.Snapshot.Today => context.T("en retard", "late"),
            _ => context.T("prévue", "planned"),
        };
        return milestone.RecurEveryMonths is { } months
            ? context.T($"{state} ; puis tous les {DisplayFormat.Months(months, language)}, sans date de fin (indicatif)", $"{state}; then every {DisplayFormat.Months(months, language)}, with no end date (indicative)")
            : state;
    }
}
