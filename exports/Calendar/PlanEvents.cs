using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using TicBot.Methodology;
using TicBot.Methodology.Projects;
using TicBot.Exports.Snapshot;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Calendar;

/// <summary>The events of the plan's calendar: tasks, key dates, communication milestones.</summary>
internal static partial class PlanEvents
{
    public static Ical.Net.Calendar Calendar(ProjectSnapshot snapshot)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//TicBot//Planification//FR", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", snapshot.T($"Planification — {snapshot.ProjectName}", $"Planning — {snapshot.ProjectName}"));
        var stamp = new CalDateTime(snapshot.Now.UtcDateTime, "UTC", hasTime: true);
        var sequence = (int)Math.Clamp((long)(snapshot.Now - PlanCalendar.SequenceEpoch).TotalSeconds, 0, int.MaxValue);
        CalendarEvent Event(string kind, string id, DateOnly first, DateOnly last, string summary, string description)
        {
            var item = new CalendarEvent
            {
                Uid = PlanCalendar.Uid(snapshot.Project.Id, kind, id),
                DtStamp = stamp,
                Sequence = sequence,
                DtStart = new CalDateTime(first),
                DtEnd = new CalDateTime(last.AddDays(1)),
                Summary = SafeText.Clean($"{snapshot.ProjectName} — {summary}"),
                Description = SafeText.Clean(description),
                Transparency = "TRANSPARENT",
                Status = "CONFIRMED",
            };
            item.Categories.Add(snapshot.T("Planification", "Planning"));
            calendar.Events.Add(item);
            return item;
        }

        if (snapshot.Project.Plan is { } plan)
        {
            foreach (var task in plan.Tasks)
            {
                Event("task", task.TaskId, task.Start, task.End, snapshot.ContentTitle(task.TaskId), TaskDescription(snapshot, plan, task));
            }

            foreach (var (id, title, date) in KeyDates(snapshot, plan.KeyDates))
            {
                Event("keydate", id, date, date, snapshot.T($"Date clé : {title}", $"Key date: {title}"), snapshot.T(
                    $"Date clé du projet {Wording.Quote(snapshot.Language, snapshot.ProjectName)} : {title}, le {DisplayFormat.DateWithWeekday(date, snapshot.Language)}.",
                    $"Key date of the project {Wording.Quote(snapshot.Language, snapshot.ProjectName)}: {title}, on {DisplayFormat.DateWithWeekday(date, snapshot.Language)}."));
            }
        }

        foreach (var milestone in snapshot.Project.Milestones)
        {
            var item = Event("milestone", milestone.Id, milestone.Due, milestone.Due, MilestoneSummary(snapshot, milestone), MilestoneDescription(snapshot, milestone));
            if (milestone.Status == MilestoneStatus.Cancelled)
            {
                // Re-importing marks the event cancelled in the calendar rather than leaving it as if still planned.
                item.Status = "CANCELLED";
            }
        }

        return calendar;
    }

    private static IEnumerable<(string Id, string Title, DateOnly Date)> KeyDates(ProjectSnapshot snapshot, KeyDates keys)
    {
        yield return ("project-start", snapshot.T("démarrage du projet", "project start"), keys.ProjectStart);
        if (keys.ConsultationLaunch is { } consultation)
        {
            yield return ("consultation-launch", snapshot.T("lancement de la consultation", "launch of the call for tenders"), consultation);
        }

        if (keys.PilotStart is { } pilot)
        {
            yield return ("pilot-start", snapshot.T("démarrage des sites pilotes", "start of the pilot sites"), pilot);
        }

        if (keys.GoLive is { } goLive)
        {
            yield return ("go-live", snapshot.T("mise en service", "go-live"), goLive);
        }
    }
}
