using Microsoft.Extensions.Time.Testing;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Communication;
using TicBot.Methodology.Rules.Planning;

namespace TicBot.TestSupport.Projects;

/// <summary>
/// Projects at each phase, built through the model's own methods, for the exports' tests and benchmark. Amounts and
/// dates are fixed so that documents can be checked figure by figure.
/// </summary>
public static partial class SampleProjects
{
    /// <summary>The instant the samples are built at and exported at (Monday 15 March 2027, 10:00 in Paris).</summary>
    public static readonly DateTimeOffset Now = new(2027, 3, 15, 9, 0, 0, TimeSpan.Zero);

    public static readonly Actor Lead = new("29:lead", "Camille Martin");

    public static readonly Actor Colleague = new("29:colleague", "Karim Benali");

    /// <summary>The key dates of the decided sample's plan.</summary>
    public static readonly KeyDates KeyDates = new()
    {
        ProjectStart = new DateOnly(2027, 1, 4),
        ConsultationLaunch = new DateOnly(2027, 6, 1),
        PilotStart = new DateOnly(2027, 11, 2),
        GoLive = new DateOnly(2028, 1, 10),
    };

    /// <summary>Just created: a name and a profile, nothing else.</summary>
    public static Project Created() => Project.Create(
        "proj-val-argent",
        "Portail famille",
        new CollectiviteProfile { Kind = CollectiviteKind.Intercommunalite, Name = "Communauté de communes du Val d’Argent", Population = 24_500, AgentCount = 180 },
        Lead,
        Now.AddMonths(-4));

    /// <summary>Recueil des attentes: context noted, three ranked expectations.</summary>
    public static Project Framing()
    {
        var project = Created();
        project.NoteContext("context.size", "Intercommunalité de 12 communes, services instructeurs mutualisés.", Lead, Now.AddMonths(-4));
        project.NoteContext("context.blockers-elus", "Crainte d’un coût de fonctionnement durable.", Lead, Now.AddMonths(-4));
        project.AddExpectation("Inscrire les enfants à la cantine en ligne", ExpectationSource.FieldSurvey, Lead, Now.AddMonths(-4));
        project.AddExpectation("Payer les factures en ligne", ExpectationSource.FrontDeskForm, Lead, Now.AddMonths(-4));
        project.AddExpectation("Recevoir les rappels par courriel", ExpectationSource.Meeting, Lead, Now.AddMonths(-4));
        return project;
    }

    /// <summary>Dossier de choix: two scenarios, the second without its financial study.</summary>
    public static Project Study()
    {
        var project = Framing();
        project.SaveScenario(Mutualised(project), Lead, Now.AddMonths(-3));
        project.SaveScenario(new Scenario { Name = "Développement sur mesure", Description = "Un portail développé pour la collectivité." }, Lead, Now.AddMonths(-3));
        return project;
    }

    /// <summary>
    /// Scenario validated, with governance, the default plan and the communication milestones. Scenario "Portail
    /// mutualisé": one-off 12 500 € + 3 000 €, running 2 400 € a year over 5 years, gains 6 000 € a year, funding DETR
    /// 5 000 € obtained and DSIL 4 000 € requested.
    /// </summary>
    public static Project Decided()
    {
        var project = Study();
        project.SaveScenario(Interfaces(project), Lead, Now.AddMonths(-2));
        project.ValidateScenario(project.Scenarios[0].Id, "Meilleure couverture des attentes et bilan positif.", Lead, new DateTimeOffset(2027, 2, 1, 10, 0, 0, TimeSpan.Zero));
        project.SaveCommittee(new Committee(string.Empty, "Comité de pilotage", "committee.steering", ["Le président", "La DGS", "Camille Martin"], 6), Lead, Now.AddMonths(-2));
        project.SaveCommittee(new Committee(string.Empty, "Comité de projet", "committee.project", ["Camille Martin", "Karim Benali"], 1), Lead, Now.AddMonths(-2));
        project.SetMember(new ProjectMember(Lead.Id, Lead.Name, MemberRole.Owner, "role.project-lead"), Lead, Now.AddMonths(-2));
        project.SetMember(new ProjectMember(Colleague.Id, Colleague.Name, MemberRole.Contributor, "role.key-users"), Lead, Now.AddMonths(-2));
        var plan = PlanBuilder.Build(new PlanRequest { KeyDates = KeyDates });
        project.SetPlan(plan.Plan ?? throw new InvalidOperationException("The sample plan cannot be dated."), Lead, Now.AddMonths(-2));
        project.CompleteTask("task.preparatory-dossiers", Lead, Now.AddDays(-30));
        project.SetMilestones(CommunicationPlanner.Build(project, new FakeTimeProvider(Now)), Lead, Now.AddDays(-30));
        project.CloseMilestone(project.Milestones[0].Id, MilestoneStatus.Done, Lead, Now.AddDays(-30));
        return project;
    }

    private static Scenario Mutualised(Project project) => new()
    {
        Name = "Portail mutualisé",
        Description = "Le portail famille du syndicat informatique départemental, déjà utilisé par 40 communes.",
        Coverage = new Dictionary<string, CoverageLevel>
        {
            [project.Expectations[0].Id] = CoverageLevel.Full,
            [project.Expectations[1].Id] = CoverageLevel.Full,
            [project.Expectations[2].Id] = CoverageLevel.Partial,
        },
        Advantages = [new("Mise en service rapide", 4), new("Coûts partagés entre adhérents", 3)],
        Drawbacks = [new("Évolutions décidées par le syndicat", 2)],
        Finance = new ScenarioFinance
        {
            OneOffCosts = [new MoneyLine("Adhésion et paramétrage", 12_500m), new MoneyLine("Formation des agents", 3_000m)],
            YearlyRunningCosts = [new MoneyLine("Cotisation annuelle", 2_400m)],
            YearlyGains = [new MoneyLine("Temps d’accueil économisé", 6_000m)],
            Funding = [new FundingLine("funding.detr", 5_000m, FundingCertainty.Granted), new FundingLine("funding.dsil", 4_000m, FundingCertainty.Requested)],
        },
    };

    private static Scenario Interfaces(Project project) => new()
    {
        Name = "Interfaces avec le logiciel actuel",
        Coverage = new Dictionary<string, CoverageLevel> { [project.Expectations[0].Id] = CoverageLevel.Partial },
        Advantages = [new("Conservation de l’application métier", 3)],
        Drawbacks = [new("Interface non temps réel : décalage", 3), new("Dépendance envers l’éditeur", 2)],
        Finance = new ScenarioFinance
        {
            OneOffCosts = [new MoneyLine("Développement des interfaces", 18_000m)],
            YearlyRunningCosts = [new MoneyLine("Maintenance", 3_500m)],
            YearlyGains = [new MoneyLine("Temps d’accueil économisé", 3_000m)],
            Funding = [],
            HorizonYears = 4,
        },
    };
}
