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
    /// <summary>Working days before a pilot or go-live from which a missing organisation study is critical (indicative).</summary>
    public const int OrganisationStudyCriticalWorkingDays = 40;

    /// <summary>
    /// Months after the usagers were told the project was defined within which a scenario should be validated,
    /// before "dire et ne pas faire" is raised. An expert guess: the flag's text calls it indicative.
    /// </summary>
    public const int SayNotDoDelayMonths = 3;

    /// <summary>Assesses the project as of today (in the collectivité's time zone).</summary>
    public static IReadOnlyList<HealthFlag> Assess(Project project, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(project);
        var zone = project.Plan?.HolidayZone ?? project.Profile.HolidayZone;
        var context = new HealthContext(project, CollectiviteClock.Today(time, zone), new WorkingDayCalendar(zone), zone);
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

    /// <summary>
    /// "La sécurité dès phase de conception : NE PAS NÉGLIGER": the seed's items decide (an addition ticked alone
    /// clears nothing); the hosted-site and in-house items are alternatives, the other side being sans objet.
    /// </summary>
    private static IEnumerable<HealthFlag> Security(HealthContext c)
    {
        var progress = c.Project.GetChecklistProgress(ChecklistIds.Security);
        var open = progress.OpenSeedItemIds;
        if (open.Count == 0)
        {
            yield break;
        }

        var late = c.Project.Phase >= ProjectPhase.Preparation || c.ConsultationLaunched;
        var severity = (progress.SeedTicked == 0, late) switch
        {
            (true, true) => HealthSeverity.Critical,
            (true, false) or (false, true) => HealthSeverity.Warning,
            _ => HealthSeverity.Info,
        };
        yield return Flag("health.security-neglected", severity, ["checklist.security", .. open], open);
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

    /// <summary>
    /// "Dire et ne pas faire": the usagers were told the project was clearly defined and no scenario is validated
    /// <see cref="SayNotDoDelayMonths"/> months later (indicative); or the go-live is past and the operation was never
    /// validated ("Valider le fonctionnement"). Ticking the communication item alone says nothing of either.
    /// </summary>
    private static IEnumerable<HealthFlag> SayNotDo(HealthContext c)
    {
        if (c.Project.Decision is null && c.ProjectDefinedAnnouncedOn is { } told && c.Today > told.AddMonths(SayNotDoDelayMonths))
        {
            yield return Flag("health.say-not-do", HealthSeverity.Warning, ["mistake.say-not-do", "communication.usagers-project-defined", "dossier.validate-scenario"]);
        }

        if (c.Keys?.GoLive is { } goLive && goLive < c.Today && c.Project.Plan?.FindTask("task.validate-operation")?.CompletedAt is null)
        {
            yield return Flag("health.say-not-do-go-live", HealthSeverity.Critical, ["mistake.say-not-do", "task.validate-operation"], ["task.validate-operation"]);
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
