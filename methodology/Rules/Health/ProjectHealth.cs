using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;
using TicBot.Methodology.Rules.Study;

namespace TicBot.Methodology.Rules.Health;

/// <summary>
/// Checks a project against the seed's key steps and mistakes to avoid. It never blocks: each skipped guideline
/// becomes a flag with a severity and a suggested action. Most urgent first.
/// </summary>
public static partial class ProjectHealth
{
    /// <summary>Working days before a pilot or go-live from which a missing organisation study is critical.</summary>
    public const int OrganisationStudyCriticalWorkingDays = 40;

    /// <summary>Assesses the project as of today (in the collectivité's time zone).</summary>
    public static IReadOnlyList<HealthFlag> Assess(Project project, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(project);
        var zone = project.Plan?.HolidayZone ?? project.Profile.HolidayZone;
        var context = new HealthContext(project, CollectiviteClock.Today(time, zone), new WorkingDayCalendar(zone));
        var flags = new List<HealthFlag>();
        flags.AddRange(Security(context));
        flags.AddRange(DoNotSay(context));
        flags.AddRange(SayNotDo(context));
        flags.AddRange(DegradedMode(context));
        flags.AddRange(OrganisationStudy(context));
        flags.AddRange(TechnicalProject(context));
        flags.AddRange(Sponsor(context));
        flags.AddRange(ProjectLead(context));
        flags.AddRange(Committees(context));
        flags.AddRange(PositiveBalance(context));
        flags.AddRange(Funding(context));
        flags.AddRange(AgentAwareness(context));
        flags.AddRange(OverdueMilestones(context));
        flags.AddRange(Rgpd(context));
        flags.AddRange(TrainingInCctp(context));
        return [.. flags.OrderByDescending(f => f.Severity)];
    }

    private static IEnumerable<HealthFlag> Security(HealthContext c)
    {
        if (c.Project.GetChecklistProgress(ChecklistIds.Security).Ticked > 0)
        {
            yield break;
        }

        var severity = c.Project.Phase >= ProjectPhase.Preparation || c.ConsultationLaunched ? HealthSeverity.Critical : HealthSeverity.Warning;
        yield return Flag("health.security-neglected", severity, ["checklist.security", "security.user-access-control", "security.traceability"]);
    }

    private static IEnumerable<HealthFlag> DoNotSay(HealthContext c)
    {
        if (c.Keys?.ConsultationLaunch is not { } consultation
            || c.HasMilestone("comm.usagers-consultation")
            || c.Project.IsTicked(ChecklistIds.Communication, "communication.usagers-consultation"))
        {
            yield break;
        }

        var severity = consultation <= c.Today.AddDays(10) ? HealthSeverity.Critical : HealthSeverity.Warning;
        yield return Flag("health.do-not-say", severity, ["mistake.do-not-say", "communication.usagers-consultation"]);
    }

    private static IEnumerable<HealthFlag> SayNotDo(HealthContext c)
    {
        var announced = c.Project.Milestones.Where(m => m.Status == MilestoneStatus.Done && m.ActionId.StartsWith("comm.usagers-", StringComparison.Ordinal))
            .Select(m => m.Id).ToList();
        if (c.Project.IsTicked(ChecklistIds.Communication, "communication.usagers-project-defined"))
        {
            announced.Add("communication.usagers-project-defined");
        }

        if (announced.Count > 0 && c.Project.Decision is null)
        {
            yield return Flag("health.say-not-do", HealthSeverity.Warning, ["mistake.say-not-do", "dossier.validate-scenario"], announced);
        }
    }

    private static IEnumerable<HealthFlag> DegradedMode(HealthContext c)
    {
        var training = c.Project.Plan?.FindTask("task.train-agents");
        if (c.Project.IsTicked(ChecklistIds.Training, "training.degraded-mode")
            || (training is null && c.Project.Phase < ProjectPhase.Preparation))
        {
            yield break;
        }

        var severity = c.Project.Phase >= ProjectPhase.Deployment || (training is not null && training.Start <= c.Today)
            ? HealthSeverity.Critical
            : HealthSeverity.Warning;
        yield return Flag("health.no-degraded-mode-training", severity, ["training.degraded-mode", "training.cctp-share"]);
    }

    private static HealthFlag Flag(string id, HealthSeverity severity, IReadOnlyList<string> related, IReadOnlyList<string>? subjects = null) =>
        new(id, severity, related, subjects ?? []);
}
