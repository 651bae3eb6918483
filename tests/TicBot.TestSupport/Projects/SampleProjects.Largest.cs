using Microsoft.Extensions.Time.Testing;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Communication;
using TicBot.Methodology.Rules.Planning;

namespace TicBot.TestSupport.Projects;

public static partial class SampleProjects
{
    /// <summary>
    /// The largest realistic project: <paramref name="expectations"/> ranked expectations (the model holds 100 at most),
    /// <paramref name="scenarios"/> scenarios each assessed against all of them with ten advantages and drawbacks, five
    /// lines of each kind of cost and gain and three funding lines, every context factor noted, three committees, ten
    /// members, the default plan and the milestones. The model has no custom tasks yet: the plan is the methodology's
    /// eleven tasks.
    /// </summary>
    public static Project Largest(int expectations = Project.MaxItemsPerList, int scenarios = 5)
    {
        var project = Created();
        foreach (var factor in MethodologyCatalog.Load().For(ContentLanguage.French).ContextFactors)
        {
            project.NoteContext(factor.Id, $"Constat de l’équipe sur « {factor.Title} » : plusieurs services concernés, des habitudes de travail à faire évoluer.", Lead, Now);
        }

        string[] topics = ["inscriptions à la cantine", "paiement en ligne", "accueil périscolaire", "relances par courriel", "accessibilité RGAA"];
        for (var i = 0; i < expectations; i++)
        {
            project.AddExpectation(
                $"Pouvoir gérer en ligne les {topics[i % topics.Length]} sans se déplacer en mairie, y compris depuis un téléphone (attente n° {i + 1})",
                (ExpectationSource)(i % 5), Lead, Now);
        }

        for (var s = 0; s < scenarios; s++)
        {
            project.SaveScenario(LargeScenario(project, s), Lead, Now);
        }

        project.ValidateScenario(project.Scenarios[Math.Min(1, scenarios - 1)].Id, "Meilleur solde et meilleure couverture des attentes prioritaires.", Lead, Now.AddDays(-20));
        foreach (var (kind, name) in new[] { ("committee.steering", "Comité de pilotage"), ("committee.project", "Comité de projet"), ("committee.users", "Groupe d’utilisateurs") })
        {
            project.SaveCommittee(new Committee(string.Empty, name, kind, [.. Enumerable.Range(1, 8).Select(i => $"Membre {i} du {name.ToLowerInvariant()}")], 4), Lead, Now);
        }

        string[] roles = ["role.sponsor", "role.key-users", "role.dpo", "role.it", "role.communication", "role.finance"];
        project.SetMember(new ProjectMember(Lead.Id, Lead.Name, MemberRole.Owner, "role.project-lead"), Lead, Now);
        for (var m = 1; m < 10; m++)
        {
            project.SetMember(new ProjectMember($"29:member-{m}", $"Agent {m} de la communauté de communes", MemberRole.Contributor, roles[m % roles.Length]), Lead, Now);
        }

        var plan = PlanBuilder.Build(new PlanRequest { KeyDates = KeyDates });
        project.SetPlan(plan.Plan ?? throw new InvalidOperationException("The sample plan cannot be dated."), Lead, Now);
        project.SetMilestones(CommunicationPlanner.Build(project, new FakeTimeProvider(Now)), Lead, Now);
        return project;
    }

    private static Scenario LargeScenario(Project project, int index)
    {
        string[] names = ["Interfaces avec le logiciel actuel", "Portail famille mutualisé", "Plateforme régionale", "Service externalisé", "Développement sur mesure"];
        static IReadOnlyList<MoneyLine> Lines(string what, decimal first, int index)
            => [.. Enumerable.Range(1, 5).Select(i => new MoneyLine($"{what} {i}", first + (i * 1_250.5m) + (index * 500m)))];

        return new Scenario
        {
            Name = names[index % names.Length] + (index >= names.Length ? $" ({index + 1})" : string.Empty),
            Description = "Description du scénario telle que l’équipe l’a rédigée : périmètre fonctionnel, hébergement, réversibilité et accompagnement des agents.",
            Coverage = project.Expectations.ToDictionary(e => e.Id, e => (CoverageLevel)((e.Rank + index) % 3)),
            Advantages = [.. Enumerable.Range(1, 5).Select(i => new WeightedPoint($"Avantage {i} : conservation des habitudes de travail des agents d’accueil", 1 + ((i + index) % 5)))],
            Drawbacks = [.. Enumerable.Range(1, 5).Select(i => new WeightedPoint($"Inconvénient {i} : dépendance envers l’éditeur pour chaque évolution réglementaire", 1 + ((i * index) % 5)))],
            Finance = new ScenarioFinance
            {
                OneOffCosts = Lines("Investissement", 8_000m, index),
                YearlyRunningCosts = Lines("Fonctionnement", 1_200m, index),
                YearlyGains = Lines("Gain", 2_000m, index),
                Funding =
                [
                    new FundingLine("funding.detr", 10_000m + (index * 1_000m), FundingCertainty.Granted),
                    new FundingLine("funding.dsil", 6_000m, FundingCertainty.Requested),
                    new FundingLine("Mécénat d’une fondation locale", 2_000m, FundingCertainty.Possible),
                ],
                HorizonYears = 5 + (index % 3),
            },
        };
    }
}
