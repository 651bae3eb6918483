using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;

namespace TicBot.Methodology.Rules.Communication;

/// <summary>
/// Dates the seed's communication actions from the project's key dates, plan and decision: the launch campaign,
/// internal and external; the agents' awareness; the usagers told when the project is clearly defined (TicBot's
/// reading of the seed's prudence: once a scenario is validated), when the consultation for the equipment is launched
/// and when pilot sites start; then regularly in operation, with no end date. Élus are briefed before each public
/// announcement (an addition). Placing the awareness before the training, the offsets and the reminder lead times
/// are expert additions, indicative. Dates fall on working days.
/// </summary>
public static class CommunicationPlanner
{
    /// <summary>Months after go-live of the first regular communication in operation (indicative).</summary>
    public const int FirstOperationMonths = 3;

    /// <summary>Months between two regular communications in operation, with no end date (indicative).</summary>
    public const int OperationEveryMonths = 6;

    /// <summary>Working days before the agents' training at which their awareness is planned (an addition, indicative).</summary>
    public const int AwarenessBeforeTrainingWorkingDays = 10;

    /// <summary>Builds the milestones. A milestone needing a date or a decision the project does not have yet is left out.</summary>
    public static IReadOnlyList<CommunicationMilestone> Build(Project project, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(project);
        var zone = project.Plan?.HolidayZone ?? project.Profile.HolidayZone;
        var calendar = new WorkingDayCalendar(zone);
        var keys = project.Plan?.KeyDates;
        var content = MethodologyCatalog.Load().For(ContentLanguage.French);
        var list = new List<CommunicationMilestone>();

        void Add(string actionId, DateOnly due, int leadDays, string? suffix = null, int? recurEveryMonths = null)
        {
            var audiences = content.FindCommunicationAction(actionId)?.Audiences ?? [];
            list.Add(new CommunicationMilestone(suffix is null ? actionId : $"{actionId}#{suffix}", actionId, calendar.OnOrAfter(due), audiences, leadDays, RecurEveryMonths: recurEveryMonths));
        }

        var start = keys?.ProjectStart ?? CollectiviteClock.LocalDate(project.CreatedAt, zone);
        Add("comm.launch-campaign", calendar.AddWorkingDays(start, 5), 7);

        var firstDeployment = keys?.PilotStart ?? keys?.GoLive;
        if (project.Plan?.FindTask("task.train-agents") is { } training)
        {
            Add("comm.agent-awareness", calendar.AddWorkingDays(training.Start, -AwarenessBeforeTrainingWorkingDays), 7);
        }
        else if (firstDeployment is { } deployment)
        {
            Add("comm.agent-awareness", calendar.AddWorkingDays(deployment, -30), 7);
        }

        // "Lorsque le projet sera clairement défini": with the seed's prudence, only once a scenario is validated.
        if (project.Decision is { } decision)
        {
            Add("comm.usagers-project-defined", calendar.AddWorkingDays(CollectiviteClock.LocalDate(decision.DecidedAt, zone), 10), 7);
        }

        if (keys?.ConsultationLaunch is { } consultation)
        {
            Add("comm.usagers-consultation", consultation, 10);
        }

        if (keys?.PilotStart is { } pilot)
        {
            Add("comm.usagers-pilot", pilot, 14);
        }

        var today = CollectiviteClock.Today(time, zone);
        var operationStart = keys?.GoLive ?? (project.Phase == ProjectPhase.Operation ? today : null);
        if (operationStart is { } goLive)
        {
            // The next occurrence still to come (the first when go-live is ahead); each one closed plans the next.
            var occurrence = 1;
            while (goLive.AddMonths(FirstOperationMonths + ((occurrence - 1) * OperationEveryMonths)) < today)
            {
                occurrence++;
            }

            var due = goLive.AddMonths(FirstOperationMonths + ((occurrence - 1) * OperationEveryMonths));
            Add("comm.operation-regular", due, 14, occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture), OperationEveryMonths);
        }

        foreach (var announcement in list.Where(m => m.Audiences.Contains(Audience.Usagers) && m.ActionId.StartsWith("comm.usagers-", StringComparison.Ordinal)).ToList())
        {
            Add("comm.elus-briefing", calendar.AddWorkingDays(announcement.Due, -5), 5, announcement.ActionId);
        }

        return [.. list.OrderBy(m => m.Due).ThenBy(m => m.Id, StringComparer.Ordinal)];
    }

    /// <summary>Planned milestones whose reminder is due on <paramref name="today"/> or earlier and whose date is not past.</summary>
    public static IReadOnlyList<CommunicationMilestone> RemindersDue(Project project, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(project);
        return [.. project.Milestones.Where(m => m.Status == MilestoneStatus.Planned && m.ReminderDate <= today && m.Due >= today)];
    }
}
