using Microsoft.Extensions.Time.Testing;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Health;
using TicBot.Methodology.Rules.Planning;
using static TicBot.Methodology.Tests.Projects.ProjectFixture;

namespace TicBot.Methodology.Tests.Rules;

public sealed class ProjectHealthTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 20, 9, 0, 0, TimeSpan.Zero);

    private static readonly KeyDates Keys = new()
    {
        ProjectStart = new DateOnly(2026, 1, 5),
        ConsultationLaunch = new DateOnly(2026, 3, 2),
        PilotStart = new DateOnly(2026, 9, 14),
        GoLive = new DateOnly(2026, 10, 19),
    };

    [Fact]
    public void Assess_NewProject_OnlyFlagsSecurity()
    {
        var sut = ProjectHealth.Assess(CreateProject(), new FakeTimeProvider(Now));

        var flag = Assert.Single(sut);
        Assert.Equal(("health.security-neglected", HealthSeverity.Warning), (flag.Id, flag.Severity));
    }

    [Fact]
    public void Assess_SecurityItemTicked_ClearsSecurityFlag()
    {
        var project = CreateProject();
        project.TickChecklistItem(ChecklistIds.Security, "security.mfa", Owner, T0);

        Assert.Empty(ProjectHealth.Assess(project, new FakeTimeProvider(Now)));
    }

    [Theory]
    [InlineData("2026-02-20", HealthSeverity.Critical)] // consultation 2 March: within 10 days
    [InlineData("2026-01-10", HealthSeverity.Warning)]
    public void Assess_ConsultationWithoutUsagerCommunication_FlagsDoingAndNotSaying(string today, HealthSeverity expected)
    {
        var project = PlannedProject();

        var flag = Assess(project, today).Single(f => f.Id == "health.do-not-say");

        Assert.Equal(expected, flag.Severity);
        Assert.Contains("mistake.do-not-say", flag.RelatedItemIds);
    }

    [Fact]
    public void Assess_UsagerCommunicationPlannedOrTicked_NoDoingAndNotSaying()
    {
        var planned = PlannedProject();
        planned.SetMilestones([new CommunicationMilestone("comm.usagers-consultation", "comm.usagers-consultation", Keys.ConsultationLaunch!.Value, [Audience.Usagers], 10)], Owner, T0);
        var ticked = PlannedProject();
        ticked.TickChecklistItem(ChecklistIds.Communication, "communication.usagers-consultation", Owner, T0);
        var cancelled = PlannedProject();
        cancelled.SetMilestones([new CommunicationMilestone("comm.usagers-consultation", "comm.usagers-consultation", Keys.ConsultationLaunch!.Value, [Audience.Usagers], 10)], Owner, T0);
        cancelled.CloseMilestone("comm.usagers-consultation", MilestoneStatus.Cancelled, Owner, T0);

        Assert.DoesNotContain(Assess(planned, "2026-02-20"), f => f.Id == "health.do-not-say");
        Assert.DoesNotContain(Assess(ticked, "2026-02-20"), f => f.Id == "health.do-not-say");
        Assert.Contains(Assess(cancelled, "2026-02-20"), f => f.Id == "health.do-not-say");
    }

    [Fact]
    public void Assess_UsagersToldBeforeAnyDecision_FlagsSayingAndNotDoing()
    {
        var project = CreateProject();
        project.TickChecklistItem(ChecklistIds.Communication, "communication.usagers-project-defined", Owner, T0);

        Assert.Contains(Assess(project, "2026-02-20"), f => f.Id == "health.say-not-do");

        project.ValidateScenario(project.SaveScenario(new Scenario { Name = "S" }, Owner, T0).Id, null, Owner, T0);
        Assert.DoesNotContain(Assess(project, "2026-02-20"), f => f.Id == "health.say-not-do");
    }

    [Theory]
    [InlineData("2026-02-20", HealthSeverity.Warning)]
    [InlineData("2026-07-20", HealthSeverity.Critical)] // training started on 13 July
    public void Assess_TrainingPlannedWithoutDegradedMode_Flags(string today, HealthSeverity expected)
    {
        var flag = Assess(PlannedProject(), today).Single(f => f.Id == "health.no-degraded-mode-training");

        Assert.Equal(expected, flag.Severity);
    }

    [Fact]
    public void Assess_DegradedModeTicked_NoFlag()
    {
        var project = PlannedProject();
        project.TickChecklistItem(ChecklistIds.Training, "training.degraded-mode", Owner, T0);

        Assert.DoesNotContain(Assess(project, "2026-07-20"), f => f.Id == "health.no-degraded-mode-training");
    }

    [Theory]
    [InlineData("2026-03-20", HealthSeverity.Warning)] // the planned study should have ended on 6 March
    [InlineData("2026-08-03", HealthSeverity.Critical)] // pilot in fewer than 40 working days
    public void Assess_NoOrganisationStudyBeforeDeployment_Flags(string today, HealthSeverity expected)
    {
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
        var project = CreateProject();
        project.SaveScenario(new Scenario { Name = "Nouveau logiciel" }, Owner, T0);

        Assert.Contains(Assess(project, "2026-02-20"), f => f.Id == "health.technical-project");
    }

    [Fact]
    public void Assess_DecisionOnNegativeScenarioWithoutFunding_FlagsBalanceAndFunding()
    {
        var project = CreateProject();
        var scenario = project.SaveScenario(new Scenario
        {
            Name = "Coûteux",
            Advantages = [new WeightedPoint("Complet", 2)],
            Finance = new ScenarioFinance { OneOffCosts = [new MoneyLine("Achat", 50_000m)], YearlyRunningCosts = [], YearlyGains = [], Funding = [] },
        }, Owner, T0);
        project.ValidateScenario(scenario.Id, null, Owner, T0);

        var flags = Assess(project, "2026-02-20");

        Assert.Equal([scenario.Id], flags.Single(f => f.Id == "health.decision-without-positive-balance").Subjects);
        Assert.Equal(HealthSeverity.Info, flags.Single(f => f.Id == "health.no-funding").Severity);
        Assert.Contains(flags, f => f.Id == "health.no-committee");
    }

    [Fact]
    public void Assess_DecisionOnPositiveFundedScenario_NoBalanceOrFundingFlag()
    {
        var project = CreateProject();
        var scenario = project.SaveScenario(new Scenario
        {
            Name = "Mutualisé",
            Advantages = [new WeightedPoint("Coût partagé", 3)],
            Finance = new ScenarioFinance { OneOffCosts = [new MoneyLine("Achat", 5_000m)], YearlyRunningCosts = [], YearlyGains = [new MoneyLine("Temps", 2_000m)], Funding = [new FundingLine("funding.dsil", 1_000m, FundingCertainty.Requested)] },
        }, Owner, T0);
        project.ValidateScenario(scenario.Id, null, Owner, T0);

        var flags = Assess(project, "2026-02-20");

        Assert.DoesNotContain(flags, f => f.Id is "health.decision-without-positive-balance" or "health.no-funding");
    }

    [Fact]
    public void Assess_PastPlannedMilestones_FlagsThemAsOverdue()
    {
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
        neglected.TickChecklistItem(ChecklistIds.Communication, "communication.usagers-project-defined", Owner, T0);
        neglected.SaveScenario(new Scenario { Name = "S" }, Owner, T0);
        neglected.SetMilestones([new CommunicationMilestone("comm.launch-campaign", "comm.launch-campaign", new DateOnly(2026, 1, 12), [Audience.Agents], 7)], Owner, T0);
        var decided = PlannedProject();
        decided.ValidateScenario(decided.SaveScenario(new Scenario { Name = "S" }, Owner, T0).Id, null, Owner, T0);
        decided.ChangePhase(ProjectPhase.Preparation, Owner, T0);

        var ids = Assess(neglected, "2026-08-03").Concat(Assess(decided, "2026-08-03")).Select(f => f.Id).ToHashSet();

        var french = MethodologyCatalog.Load().For(ContentLanguage.French);
        var english = MethodologyCatalog.Load().For(ContentLanguage.English);
        Assert.Equal(french.HealthFlags.Select(h => h.Id).Order(), ids.Order());
        foreach (var flag in Assess(neglected, "2026-08-03"))
        {
            Assert.False(string.IsNullOrWhiteSpace(flag.SuggestedAction(french)));
            Assert.False(string.IsNullOrWhiteSpace(flag.SuggestedAction(english)));
            Assert.NotEqual(flag.Title(french), flag.Title(english));
        }
    }

    private static IReadOnlyList<HealthFlag> Assess(Project project, string today) =>
        ProjectHealth.Assess(project, new FakeTimeProvider(new DateTimeOffset(DateOnly.Parse(today), new TimeOnly(9, 0), TimeSpan.Zero)));

    private static Project PlannedProject()
    {
        var project = CreateProject();
        project.SetPlan(PlanBuilder.Build(new PlanRequest { KeyDates = Keys }).Plan!, Owner, T0);
        return project;
    }
}
