using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;

namespace TicBot.Methodology.Rules.Health;

/// <summary>What every health check reads: the project, today, the working-day calendar and the collectivité's zone.</summary>
internal sealed record HealthContext(Project Project, DateOnly Today, WorkingDayCalendar Calendar, HolidayZone Zone)
{
    public KeyDates? Keys => Project.Plan?.KeyDates;

    public bool ConsultationLaunched => Keys?.ConsultationLaunch is { } launch && launch <= Today;

    /// <summary>
    /// The day the usagers were told the project was clearly defined: recorded by the team, else the day the planned
    /// announcement was marked done. <value>Null when they were not told.</value>
    /// </summary>
    public DateOnly? ProjectDefinedAnnouncedOn => Project.ProjectDefinedAnnouncedOn
        ?? Project.Milestones
            .Where(m => m.ActionId == "comm.usagers-project-defined" && m.Status == MilestoneStatus.Done)
            .Select(m => m.DoneAt is { } done ? CollectiviteClock.LocalDate(done, Zone) : m.Due)
            .Cast<DateOnly?>()
            .Min();

    /// <summary>True when a milestone of this action is planned or done (cancelled ones do not count).</summary>
    public bool HasMilestone(string actionId) =>
        Project.Milestones.Any(m => m.ActionId == actionId && m.Status != MilestoneStatus.Cancelled);
}
