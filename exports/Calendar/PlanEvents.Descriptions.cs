using TicBot.Methodology;
using TicBot.Methodology.Projects;
using TicBot.Exports.Snapshot;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Calendar;

internal static partial class PlanEvents
{
    private static string TaskDescription(ProjectSnapshot snapshot, ProjectPlan plan, PlannedTask task)
    {
        var language = snapshot.Language;
        var project = Wording.Quote(language, snapshot.ProjectName);
        var days = Wording.WorkingDays(language, task.WorkingDays);
        var from = DisplayFormat.DateWithWeekday(task.Start, language);
        var to = DisplayFormat.DateWithWeekday(task.End, language);
        var zone = snapshot.Content.Label(plan.HolidayZone);
        var text = snapshot.T(
            $"Tâche du projet {project} : {days}, du {from} au {to} (jours fériés : {zone}). Durée indicative proposée par TicBot, à ajuster par l’équipe.",
            $"Task of the project {project}: {days}, from {from} to {to} (public holidays: {zone}). Indicative duration suggested by TicBot, for the team to adjust.");
        return task.CompletedAt is { } done
            ? text + " " + snapshot.T($"Faite le {DisplayFormat.Date(Methodology.Rules.Calendar.CollectiviteClock.LocalDate(done, snapshot.Zone), language)}.", $"Done on {DisplayFormat.Date(Methodology.Rules.Calendar.CollectiviteClock.LocalDate(done, snapshot.Zone), language)}.")
            : text;
    }

    private static string MilestoneSummary(ProjectSnapshot snapshot, CommunicationMilestone milestone)
    {
        var title = snapshot.Content.FindCommunicationAction(milestone.ActionId)?.Title ?? milestone.ActionId;
        return snapshot.T($"Communication : {title}", $"Communication: {title}");
    }

    private static string MilestoneDescription(ProjectSnapshot snapshot, CommunicationMilestone milestone)
    {
        var language = snapshot.Language;
        var action = snapshot.Content.FindCommunicationAction(milestone.ActionId);
        var parts = new List<string>
        {
            snapshot.T(
                $"Jalon de communication du projet {Wording.Quote(language, snapshot.ProjectName)}, pour : {string.Join(", ", milestone.Audiences.Select(snapshot.Content.AudienceLabel))}.",
                $"Communication milestone of the project {Wording.Quote(language, snapshot.ProjectName)}, for: {string.Join(", ", milestone.Audiences.Select(snapshot.Content.AudienceLabel))}."),
        };
        if (action is not null)
        {
            parts.Add(action.IsAddition ? snapshot.T($"Pourquoi (complément à la méthode) : {action.Why}", $"Why (an addition to the method): {action.Why}") : snapshot.T($"Pourquoi : {action.Why}", $"Why: {action.Why}"));
            if (action.Channels.Count > 0)
            {
                parts.Add(snapshot.T($"Canaux : {string.Join(", ", action.Channels)}.", $"Channels: {string.Join(", ", action.Channels)}."));
            }

            if (action.AdditionChannels.Count > 0)
            {
                parts.Add(snapshot.T($"Complément, autres canaux : {string.Join(", ", action.AdditionChannels)}.", $"Addition, other channels: {string.Join(", ", action.AdditionChannels)}."));
            }
        }

        parts.Add(milestone.Status switch
        {
            MilestoneStatus.Done => snapshot.T("Réalisé.", "Done."),
            MilestoneStatus.Cancelled => snapshot.T("Annulé.", "Cancelled."),
            _ => snapshot.T($"Rappel prévu le {DisplayFormat.Date(milestone.ReminderDate, language)}.", $"Reminder due on {DisplayFormat.Date(milestone.ReminderDate, language)}."),
        });
        if (milestone.RecurEveryMonths is { } months)
        {
            parts.Add(snapshot.T(
                $"Se répète tous les {DisplayFormat.Months(months, language)}, sans date de fin (indicatif) : l’occurrence suivante apparaît quand celle-ci est close.",
                $"Recurs every {DisplayFormat.Months(months, language)}, with no end date (indicative): the next occurrence appears once this one is closed."));
        }

        parts.Add(snapshot.T("Date indicative proposée par TicBot, à ajuster par l’équipe.", "Indicative date suggested by TicBot, for the team to adjust."));
        return string.Join(" ", parts);
    }
}
