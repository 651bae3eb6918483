using TicBot.Methodology;
using TicBot.Methodology.Projects;
using TicBot.Exports.Dossier.Word;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Dossier.Sections;

/// <summary>
/// The plan (<c>PlanBuilder</c>'s <see cref="ProjectPlan"/>): the key dates, then each task on working days with its
/// state as of the document's date. Durations and sequence are TicBot's indicative defaults unless the team changed them.
/// </summary>
internal sealed class PlanSection : IDossierSection
{
    public void Write(DossierContext context)
    {
        var snapshot = context.Snapshot;
        var language = context.Language;
        var writer = context.Writer;
        writer.Heading(1, context.T("Planification", "Planning"));
        if (snapshot.Project.Plan is not { } plan)
        {
            context.Missing(context.T("le planning (dates clés et tâches) n’est pas encore établi.", "the plan (key dates and tasks) is not drawn up yet."));
            return;
        }

        string Day(DateOnly? date) => date is { } d ? DisplayFormat.Date(d, language) : context.T("non fixée", "not set");
        writer.Heading(2, context.T("Dates clés", "Key dates"));
        writer.Table(new WordTable(
            context.T("Dates clés", "Key dates"),
            [new(context.T("Date clé", "Key date"), 4), new(context.T("Date", "Date"), 3)],
            [
                [context.T("Démarrage du projet", "Project start"), Day(plan.KeyDates.ProjectStart)],
                [context.T("Lancement de la consultation", "Launch of the call for tenders"), Day(plan.KeyDates.ConsultationLaunch)],
                [context.T("Démarrage des sites pilotes", "Start of the pilot sites"), Day(plan.KeyDates.PilotStart)],
                [context.T("Mise en service", "Go-live"), Day(plan.KeyDates.GoLive)],
            ]));

        writer.Heading(2, context.T("Tâches", "Tasks"));
        var late = plan.Tasks.Count(t => t.CompletedAt is null && t.End < snapshot.Today);
        writer.Paragraph(context.T(
            $"{DisplayFormat.Count(plan.Tasks.Count, language, "tâche", "tâches", "", "")} placées sur les jours ouvrés (jours fériés : {snapshot.Content.Label(plan.HolidayZone)}), dont {DisplayFormat.Count(late, language, "tâche", "tâches", "", "")} en retard au {DisplayFormat.Date(snapshot.Today, language)}.",
            $"{DisplayFormat.Count(plan.Tasks.Count, language, "", "", "task", "tasks")} placed on working days (public holidays: {snapshot.Content.Label(plan.HolidayZone)}), {DisplayFormat.Number(late, language)} late as of {DisplayFormat.Date(snapshot.Today, language)}."));
        writer.Table(new WordTable(
            context.T("Tâches du projet", "Project tasks"),
            [new(context.T("Tâche", "Task"), 5), new(context.T("Début", "Start"), 2), new(context.T("Fin", "End"), 2), new(context.T("Durée", "Duration"), 2, Figures: true), new(context.T("État", "Status"), 2)],
            [.. plan.Tasks.Select(t => new WordRow([
                snapshot.ContentTitle(t.TaskId),
                DisplayFormat.ShortDate(t.Start, language),
                DisplayFormat.ShortDate(t.End, language),
                Wording.WorkingDays(language, t.WorkingDays),
                State(context, t)]))]));
        writer.Note(context.T(
            "Complément, indicatif : les durées et les enchaînements des tâches sont des estimations de TicBot ; l’équipe les ajuste à son projet.",
            "Addition, indicative: the durations and sequence of the tasks are TicBot's estimates; the team adjusts them to its project."));
        if (snapshot.Project.TrainingInHouse is false)
        {
            writer.Paragraph(context.T(
                "La formation des agents n’est pas réalisée en interne : le CCTP prévoira une part importante à la formation, y compris au fonctionnement en mode dégradé.",
                "Staff training is not done in-house: the tender specifications (CCTP) will give training a large share, including operation in degraded mode."));
        }
    }

    private static string State(DossierContext context, PlannedTask task)
        => task.CompletedAt is not null ? context.T("faite", "done")
            : task.End < context.Snapshot.Today ? context.T("en retard", "late")
            : task.Start <= context.Snapshot.Today ? context.T("en cours", "in progress")
            : context.T("prévue", "planned");
}
