using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;

namespace TicBot.Methodology.Rules.Communication;

/// <summary>
/// Dates the seed's communication actions from the project's key dates, plan and decision: the launch campaign,
/// agent awareness before training, the usagers told when the project is defined, when the consultation is
/// launched and when pilot sites start, then regularly in operation; élus briefed before each public announcement
/// (addition). Offsets and reminder lead times are expert additions. Dates fall on working days.
/// </summary>
public static class CommunicationPlanner
{
    /// <summary>Months after go-live of the regular operation communications (every six months for two years).</summary>
    public static IReadOnlyList<int> OperationMonths { get; } = [3, 9, 15, 21];

    /// <summary>Builds the milestones. A milestone needing a date the project does not have yet is left out.</summary>
    public static IReadOnlyList<CommunicationMilestone> Build(Project project, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(project);
        var zone = project.Plan?.HolidayZone ?? project.Profile.HolidayZone;
        var calendar = new WorkingDayCalendar(zone);
        var keys = project.Plan?.KeyDates;
        var content = MethodologyCatalog.Load().For(ContentLanguage.French);
        var list = new List<CommunicationMilestone>();

        void Add(string actionId, DateOnly due, int leadDays, string? suffix = null)
        {
            var audiences = content.FindCommunicationAction(actionId)?.Audiences ?? [];
            list.Add(new CommunicationMilestone(suffix is null ? actionId : $"{actionId}#{suffix}", actionId, calendar.OnOrAfter(due), audiences, leadDays));
        }

        var start = keys?.ProjectStart ?? CollectiviteClock.LocalDate(project.CreatedAt, zone);
        Add("comm.launch-campaign", calendar.AddWorkingDays(start, 5), 7);

        var firstDeployment = keys?.PilotStart ?? keys?.GoLive;
        if (project.Plan?.FindTask("task.train-agents") is { } training)
        {
            Add("comm.agent-awareness", calendar.AddWorkingDays(training.Start, -10), 7);
        }
        else if (firstDeployment is { } deployment)
        {
            Add("comm.agent-awareness", calendar.AddWorkingDays(deployment, -30), 7);
        }

        if (project.Decision is { } decision)
        {
            Add("comm.usagers-project-defined", calendar.AddWorkingDays(CollectiviteClock.LocalDate(decision.DecidedAt, zone), 10), 7);
        }
        else if (keys?.ConsultationLaunch is { } beforeConsultation)
        {
            Add("comm.usagers-project-defined", calendar.AddWorkingDays(beforeConsultation, -20), 7);
        }

        if (keys?.ConsultationLaunch is { } consultation)
        {
            Add("comm.usagers-consultation", consultation, 10);
        }

        if (keys?.PilotStart is { } pilot)
        {
            Add("comm.usagers-pilot", pilot, 14);
        }

        var operationStart = keys?.GoLive
            ?? (project.Phase == ProjectPhase.Operation ? CollectiviteClock.Today(time, zone) : null);
        if (operationStart is { } goLive)
        {
            for (var i = 0; i < OperationMonths.Count; i++)
            {
                Add("comm.operation-regular", goLive.AddMonths(OperationMonths[i]), 14, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
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
