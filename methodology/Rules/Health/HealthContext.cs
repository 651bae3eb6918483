using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;

namespace TicBot.Methodology.Rules.Health;

/// <summary>What every health check reads: the project, today and the working-day calendar.</summary>
internal sealed record HealthContext(Project Project, DateOnly Today, WorkingDayCalendar Calendar)
{
    public KeyDates? Keys => Project.Plan?.KeyDates;

    public bool ConsultationLaunched => Keys?.ConsultationLaunch is { } launch && launch <= Today;

    /// <summary>True when a milestone of this action is planned or done (cancelled ones do not count).</summary>
    public bool HasMilestone(string actionId) =>
        Project.Milestones.Any(m => m.ActionId == actionId && m.Status != MilestoneStatus.Cancelled);
}
