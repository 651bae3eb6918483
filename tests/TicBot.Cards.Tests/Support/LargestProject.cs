using Microsoft.Extensions.Time.Testing;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Communication;
using TicBot.Methodology.Rules.Planning;

namespace TicBot.Cards.Tests.Support;

/// <summary>
/// The largest realistic project, built through the methodology's own API: 30 ranked expectations,
/// 5 scenarios with coverage, weighted pros and cons and finance, a validated decision, ticks in every
/// checklist, the default plan and the communication milestones.
/// </summary>
internal static class LargestProject
{
    public static readonly DateTimeOffset Now = new(2027, 3, 15, 9, 0, 0, TimeSpan.Zero);

    private static readonly Actor Lead = new("29:lead", "Camille Martin");

    public static Project Build(int expectations = 30, int scenarios = 5)
    {
        var project = Project.Create("proj-1", "Portail famille de la communauté de communes du Val de Loire", new CollectiviteProfile { Population = 48_000 }, Lead, Now.AddMonths(-6));
        string[] sources = ["inscriptions à la cantine", "paiement en ligne", "accueil périscolaire", "relances par courriel", "accessibilité RGAA"];
        for (var i = 0; i < expectations; i++)
        {
            project.AddExpectation(
                $"Pouvoir gérer en ligne les {sources[i % sources.Length]} sans se déplacer en mairie, y compris depuis un téléphone (attente n° {i + 1})",
                (ExpectationSource)(i % 5), Lead, Now);
        }

        for (var s = 0; s < scenarios; s++)
        {
            project.SaveScenario(Scenario(project, s), Lead, Now);
        }

        if (project.Scenarios.Count > 1)
        {
            project.ValidateScenario(project.Scenarios[1].Id, "Meilleur solde et meilleure couverture des attentes prioritaires.", Lead, Now.AddDays(-20));
        }

        foreach (var checklist in MethodologyCatalog.Load().For(ContentLanguage.French).Checklists)
        {
            foreach (var item in checklist.Items.Where((_, i) => i % 3 == 0))
            {
                project.TickChecklistItem(checklist.Id, item.Id, Lead, Now);
            }
        }

        var plan = PlanBuilder.Build(new PlanRequest
        {
            KeyDates = new KeyDates
            {
                ProjectStart = new DateOnly(2027, 1, 4),
                ConsultationLaunch = new DateOnly(2027, 6, 1),
                PilotStart = new DateOnly(2027, 11, 2),
                GoLive = new DateOnly(2028, 1, 10),
            },
        });
        project.SetPlan(plan.Plan ?? throw new InvalidOperationException(string.Join("; ", plan.Problems)), Lead, Now);
        project.CompleteTask(project.Plan!.Tasks[0].TaskId, Lead, Now);
        project.SetMilestones(CommunicationPlanner.Build(project, new FakeTimeProvider(Now)), Lead, Now);
        project.CloseMilestone(project.Milestones[0].Id, MilestoneStatus.Done, Lead, Now);
        return project;
    }

    private static Scenario Scenario(Project project, int index)
    {
        string[] names = ["Interfaces avec le logiciel actuel", "Portail famille mutualisé", "Plateforme régionale", "Service externalisé", "Développement sur mesure"];
        var coverage = project.Expectations.ToDictionary(e => e.Id, e => (CoverageLevel)((e.Rank + index) % 3));
        return new Scenario
        {
            Name = names[index],
            Coverage = coverage,
            Advantages =
            [
                new("Conservation de l’application métier et des habitudes de travail des agents d’accueil", 4),
                new("Mise en service rapide sans reprise de données lourde", 3 + (index % 2)),
                new("Coût de formation limité", index == 1 ? 3 : 2),
            ],
            Drawbacks =
            [
                new("Interface non temps réel : décalage entre le portail et le logiciel de facturation", 3),
                new("Dépendance envers l’éditeur pour chaque évolution réglementaire", 2 + (index % 3)),
            ],
            Finance = new ScenarioFinance
            {
                OneOffCosts = [new MoneyLine("Licences et paramétrage", 40_000m + (index * 12_500.5m)), new MoneyLine("Reprise des données", 8_000m)],
                YearlyRunningCosts = [new MoneyLine("Maintenance et hébergement", 6_000m + (index * 1_000m))],
                YearlyGains = [new MoneyLine("Temps d’accueil économisé", 18_000m + (index * 1_500m))],
                Funding = [new FundingLine("DETR", index == 1 ? 20_000m : 5_000m, FundingCertainty.Granted)],
            },
        };
    }
}
