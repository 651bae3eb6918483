using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;

namespace TicBot.Methodology.Rules.Health;

public static partial class ProjectHealth
{
    private static IEnumerable<HealthFlag> AgentAwareness(HealthContext c)
    {
        var trainingPlanned = c.Project.Plan?.FindTask("task.train-agents") is not null;
        if ((trainingPlanned || c.Project.Phase >= ProjectPhase.Preparation)
            && !c.HasMilestone("comm.agent-awareness")
            && !c.Project.IsTicked(ChecklistIds.Communication, "communication.agent-awareness"))
        {
            yield return Flag("health.no-agent-awareness", HealthSeverity.Warning, ["communication.agent-awareness", "communication.agents-convinced"]);
        }
    }

    private static IEnumerable<HealthFlag> OverdueMilestones(HealthContext c)
    {
        var overdue = c.Project.Milestones.Where(m => m.Status == MilestoneStatus.Planned && m.Due < c.Today).Select(m => m.Id).ToList();
        if (overdue.Count > 0)
        {
            yield return Flag("health.milestones-overdue", HealthSeverity.Warning, ["checklist.communication"], overdue);
        }
    }

    private static IEnumerable<HealthFlag> Rgpd(HealthContext c)
    {
        if (c.Project.Phase >= ProjectPhase.Preparation && !c.Project.IsTicked(ChecklistIds.Security, "security.rgpd-register"))
        {
            yield return Flag("health.rgpd", HealthSeverity.Warning, ["security.rgpd-register", "security.aipd", "security.dpo"]);
        }
    }

    /// <summary>"Si elle n'est pas réalisée en interne, le CCTP prévoira une part importante à la formation des agents."</summary>
    private static IEnumerable<HealthFlag> TrainingInCctp(HealthContext c)
    {
        if (c.Project.TrainingInHouse != true
            && c.Keys?.ConsultationLaunch is not null && c.Project.Phase >= ProjectPhase.Decided
            && !c.Project.IsTicked(ChecklistIds.Training, "training.cctp-share"))
        {
            yield return Flag("health.training-cctp", HealthSeverity.Info, ["training.cctp-share"]);
        }
    }
}
