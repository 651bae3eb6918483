using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Study;

namespace TicBot.Methodology.Rules.Health;

public static partial class ProjectHealth
{
    private static IEnumerable<HealthFlag> OrganisationStudy(HealthContext c)
    {
        var task = c.Project.Plan?.FindTask("task.organisation-study");
        if (c.Project.IsTicked(ChecklistIds.OrganisationStudy, "organisation.before-deployment") || task?.CompletedAt is not null)
        {
            yield break;
        }

        var deployment = c.Keys?.PilotStart ?? c.Keys?.GoLive;
        var close = deployment is { } d && c.Calendar.CountWorkingDays(c.Today, d) <= OrganisationStudyCriticalWorkingDays;
        HealthSeverity? severity = c.Project.Phase >= ProjectPhase.Deployment || close ? HealthSeverity.Critical
            : (task is null && (c.Project.Phase >= ProjectPhase.Decided || c.Project.Plan is not null)) || task?.End < c.Today ? HealthSeverity.Warning
            : null;
        if (severity is { } s)
        {
            yield return Flag("health.no-organisation-study", s, ["mistake.underestimate-organisation", "organisation.before-deployment", "task.organisation-study"]);
        }
    }

    private static IEnumerable<HealthFlag> TechnicalProject(HealthContext c)
    {
        var noExpectations = c.Project.Scenarios.Count > 0 && c.Project.Expectations.Count == 0;
        var noPeopleSide = c.Project.Phase >= ProjectPhase.Preparation
            && c.Project.GetChecklistProgress(ChecklistIds.OrganisationStudy).SeedTicked == 0
            && c.Project.GetChecklistProgress(ChecklistIds.Training).SeedTicked == 0;
        if (noExpectations || noPeopleSide)
        {
            yield return Flag("health.technical-project", HealthSeverity.Warning, ["mistake.technical-project", "expectations.collect", "principle.technology-not-strategy"]);
        }
    }

    private static IEnumerable<HealthFlag> Sponsor(HealthContext c)
    {
        if (c.Project.Phase >= ProjectPhase.Study
            && !c.Project.Members.Any(m => m.ResponsibilityId == "role.sponsor")
            && !c.Project.IsTicked(ChecklistIds.KeySteps, "keystep.sponsors"))
        {
            yield return Flag("health.no-sponsor", HealthSeverity.Info, ["keystep.sponsors", "role.sponsor"]);
        }
    }

    private static IEnumerable<HealthFlag> ProjectLead(HealthContext c)
    {
        if (c.Project.Phase >= ProjectPhase.Study
            && !c.Project.Members.Any(m => m.ResponsibilityId == "role.project-lead")
            && !c.Project.IsTicked(ChecklistIds.KeySteps, "keystep.project-lead"))
        {
            yield return Flag("health.no-project-lead", HealthSeverity.Info, ["keystep.project-lead", "role.project-lead"]);
        }
    }

    private static IEnumerable<HealthFlag> Committees(HealthContext c)
    {
        if (c.Project.Phase >= ProjectPhase.Decided && c.Project.Committees.Count == 0
            && !c.Project.IsTicked(ChecklistIds.KeySteps, "keystep.clear-roles"))
        {
            yield return Flag("health.no-committee", HealthSeverity.Warning, ["keystep.clear-roles", "committee.steering", "committee.project"]);
        }
    }

    /// <summary>
    /// "Solde positif → décision de poursuite": the validated scenario's balance of advantages and drawbacks, fed by
    /// the financial study, is not positive or cannot be drawn. A negative euro balance alone is no veto: it is one
    /// drawback among others.
    /// </summary>
    private static IEnumerable<HealthFlag> PositiveBalance(HealthContext c)
    {
        if (c.Project.Decision is not { } decision || c.Project.FindScenario(decision.ScenarioId) is not { } scenario)
        {
            yield break;
        }

        var evaluation = ScenarioStudy.Evaluate(c.Project.Expectations, scenario);
        if (evaluation.IsBalancePositive != true || evaluation.Finance is null)
        {
            yield return Flag("health.decision-without-positive-balance", HealthSeverity.Warning, ["dossier.positive-balance", "dossier.pros-cons", "dossier.scenarios"], [scenario.Id]);
        }
    }

    private static IEnumerable<HealthFlag> Funding(HealthContext c)
    {
        if (c.Project.Decision is { } decision && c.Project.FindScenario(decision.ScenarioId) is { } scenario
            && (scenario.Finance?.Funding is null || scenario.Finance.Funding.Count == 0))
        {
            yield return Flag("health.no-funding", HealthSeverity.Info, ["dossier.funding", "keystep.economic-model"], [scenario.Id]);
        }
    }
}
