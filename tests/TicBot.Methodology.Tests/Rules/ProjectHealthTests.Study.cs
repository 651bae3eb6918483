using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Health;
using TicBot.Methodology.Tests.Support;
using static TicBot.Methodology.Tests.Projects.ProjectFixture;

namespace TicBot.Methodology.Tests.Rules;

public sealed partial class ProjectHealthTests
{
    [Theory]
    [InlineData("2026-03-20", HealthSeverity.Warning)] // the planned study should have ended on 6 March
    [InlineData("2026-08-03", HealthSeverity.Critical)] // pilot in fewer than 40 working days
    public void Assess_NoOrganisationStudyBeforeDeployment_Flags(string today, HealthSeverity expected)
    {
        Seed.Line(173, "devront faire l'objet d'une étude approfondie avant la mise en place du système");
        Seed.Line(80, "Sous estimer l'impact organisationnel sur le terrain");

        var flag = Assess(PlannedProject(), today).Single(f => f.Id == "health.no-organisation-study");

        Assert.Equal(expected, flag.Severity);
        Assert.Contains("mistake.underestimate-organisation", flag.RelatedItemIds);
    }

    [Fact]
    public void Assess_OrganisationStudyPlannedAndNotDueYet_NoFlag()
    {
        Assert.DoesNotContain(Assess(PlannedProject(), "2026-02-20"), f => f.Id == "health.no-organisation-study");
    }

    [Fact]
    public void Assess_DecidedWithoutOrganisationStudyInPlan_Warns()
    {
        Seed.Line(173, "avant la mise en place du système");
        var project = CreateProject();
        project.ValidateScenario(project.SaveScenario(new Scenario { Name = "S" }, Owner, T0).Id, null, Owner, T0);

        Assert.Equal(HealthSeverity.Warning, Assess(project, "2026-02-20").Single(f => f.Id == "health.no-organisation-study").Severity);
    }

    [Fact]
    public void Assess_OrganisationStudyCompleted_NoFlag()
    {
        var project = PlannedProject();
        project.CompleteTask("task.organisation-study", Owner, T0);

        Assert.DoesNotContain(Assess(project, "2026-08-03"), f => f.Id == "health.no-organisation-study");
    }

    [Fact]
    public void Assess_ScenariosWithoutExpectations_FlagsTechnicalProject()
    {
        Seed.Line(81, "Croire qu'il s'agit d'un projet technique");
        var project = CreateProject();
        project.SaveScenario(new Scenario { Name = "Nouveau logiciel" }, Owner, T0);

        Assert.Contains(Assess(project, "2026-02-20"), f => f.Id == "health.technical-project");
    }

    [Fact]
    public void Assess_DecisionWhoseMoneyIsNegativeButWhoseBalanceIsPositive_IsNoVeto()
    {
        Seed.Line(102, "Avantages – inconvénients");
        Seed.Line(103, "Solde positif → décision de poursuite");
        var project = CreateProject();
        var scenario = project.SaveScenario(new Scenario
        {
            Name = "Guichet unique",
            Advantages = [new WeightedPoint("Un seul accueil pour les familles", 5)],
            Finance = new ScenarioFinance { OneOffCosts = [new MoneyLine("Achat", 50_000m)], YearlyRunningCosts = [], YearlyGains = [], Funding = [new FundingLine("funding.dsil", 10_000m, FundingCertainty.Requested)] },
        }, Owner, T0);
        project.ValidateScenario(scenario.Id, null, Owner, T0);

        Assert.DoesNotContain(Assess(project, "2026-02-20"), f => f.Id is "health.decision-without-positive-balance" or "health.no-funding");
    }

    [Theory]
    [InlineData(2, 3)] // advantages 2, money negative with weight 3: balance −1
    [InlineData(3, 3)] // balance 0: not positive
    public void Assess_DecisionWithoutPositiveBalance_Flags(int advantage, int moneyWeight)
    {
        Seed.Line(103, "Solde positif → décision de poursuite");
        var project = CreateProject();
        var scenario = project.SaveScenario(new Scenario
        {
            Name = "Coûteux",
            Advantages = [new WeightedPoint("Complet", advantage)],
            Finance = new ScenarioFinance { OneOffCosts = [new MoneyLine("Achat", 50_000m)], YearlyRunningCosts = [], YearlyGains = [], Funding = [], BalanceWeight = moneyWeight },
        }, Owner, T0);
        project.ValidateScenario(scenario.Id, null, Owner, T0);

        var flags = Assess(project, "2026-02-20");

        Assert.Equal([scenario.Id], flags.Single(f => f.Id == "health.decision-without-positive-balance").Subjects);
        Assert.Equal(HealthSeverity.Info, flags.Single(f => f.Id == "health.no-funding").Severity);
        Assert.Contains(flags, f => f.Id == "health.no-committee");
    }

    [Fact]
    public void Assess_DecisionWithoutFinancialStudy_FlagsTheBalanceAsNotEstablished()
    {
        Seed.Line(101, "Étude fonctionnelle et **financière** de différents scénarii");
        var project = CreateProject();
        project.ValidateScenario(project.SaveScenario(new Scenario { Name = "S", Advantages = [new WeightedPoint("Simple", 4)] }, Owner, T0).Id, null, Owner, T0);

        Assert.Contains(Assess(project, "2026-02-20"), f => f.Id == "health.decision-without-positive-balance");
    }

    [Fact]
    public void Assess_PastPlannedMilestones_FlagsThemAsOverdue()
    {
        Seed.Line(16, "Communiquer à chaque étape");
        var project = CreateProject();
        project.SetMilestones(
            [
                new CommunicationMilestone("comm.launch-campaign", "comm.launch-campaign", new DateOnly(2026, 2, 2), [Audience.Agents], 7),
                new CommunicationMilestone("comm.usagers-pilot", "comm.usagers-pilot", new DateOnly(2026, 9, 14), [Audience.Usagers], 14),
            ],
            Owner,
            T0);

        Assert.Equal(["comm.launch-campaign"], Assess(project, "2026-02-20").Single(f => f.Id == "health.milestones-overdue").Subjects);
    }

    [Fact]
    public void Assess_Flags_AreOrderedMostUrgentFirst()
    {
        var flags = Assess(PlannedProject(), "2026-08-03");

        Assert.Equal(flags.OrderByDescending(f => f.Severity).Select(f => f.Id), flags.Select(f => f.Id));
        Assert.Equal(HealthSeverity.Critical, flags[0].Severity);
    }

    [Fact]
    public void Assess_AllRules_CoverEveryHealthTextAndEachHasBothLanguages()
    {
        var neglected = PlannedProject();
        neglected.RecordProjectDefinedAnnouncement(new DateOnly(2026, 1, 12), Owner, T0);
        neglected.SaveScenario(new Scenario { Name = "S" }, Owner, T0);
        neglected.SetMilestones([new CommunicationMilestone("comm.launch-campaign", "comm.launch-campaign", new DateOnly(2026, 1, 12), [Audience.Agents], 7)], Owner, T0);
        var decided = PlannedProject();
        decided.ValidateScenario(decided.SaveScenario(new Scenario { Name = "S" }, Owner, T0).Id, null, Owner, T0);
        decided.ChangePhase(ProjectPhase.Preparation, Owner, T0);

        var flags = Assess(neglected, "2026-08-03").Concat(Assess(decided, "2026-08-03")).Concat(Assess(decided, "2026-11-02")).ToList();

        var french = MethodologyCatalog.Load().For(ContentLanguage.French);
        var english = MethodologyCatalog.Load().For(ContentLanguage.English);
        Assert.Equal(french.HealthFlags.Select(h => h.Id).Order(), flags.Select(f => f.Id).Distinct().Order());
        foreach (var flag in flags)
        {
            Assert.False(string.IsNullOrWhiteSpace(flag.SuggestedAction(french)));
            Assert.False(string.IsNullOrWhiteSpace(flag.SuggestedAction(english)));
            Assert.NotEqual(flag.Title(french), flag.Title(english));
        }
    }

    [Fact]
    public void SayNotDoDelay_IsTheOneTheFlagTextCallsIndicative()
    {
        var french = MethodologyCatalog.Load().For(ContentLanguage.French).FindItem("health.say-not-do")!;

        Assert.Equal(3, ProjectHealth.SayNotDoDelayMonths);
        Assert.Contains("trois mois (délai indicatif)", french.Why, StringComparison.Ordinal);
    }
}
