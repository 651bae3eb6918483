using Microsoft.Extensions.Time.Testing;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Health;
using TicBot.Methodology.Rules.Planning;
using TicBot.Methodology.Tests.Support;
using static TicBot.Methodology.Tests.Projects.ProjectFixture;

namespace TicBot.Methodology.Tests.Rules;

public sealed partial class ProjectHealthTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 20, 9, 0, 0, TimeSpan.Zero);

    private static readonly KeyDates Keys = new()
    {
        ProjectStart = new DateOnly(2026, 1, 5),
        ConsultationLaunch = new DateOnly(2026, 3, 2),
        PilotStart = new DateOnly(2026, 9, 14),
        GoLive = new DateOnly(2026, 10, 19),
    };

    /// <summary>The seed's own security items, the hosted-site alternative taken ("si site hébergé, clauses du contrat").</summary>
    private static readonly string[] SeedSecurityHosted =
    [
        "security.user-access-control", "security.user-strong-auth", "security.agent-workstation", "security.agent-card",
        "security.traceability", "security.attacks", "security.hosted-contract",
    ];

    [Fact]
    public void Assess_NewProject_OnlyFlagsSecurity()
    {
        Seed.Line(189, "La sécurité dès phase de conception : **NE PAS NÉGLIGER**");

        var sut = ProjectHealth.Assess(CreateProject(), new FakeTimeProvider(Now));

        var flag = Assert.Single(sut);
        Assert.Equal(("health.security-neglected", HealthSeverity.Warning), (flag.Id, flag.Severity));
    }

    [Fact]
    public void Assess_OnlyAnAdditionTicked_StillFlagsSecurity()
    {
        Seed.Line(189, "La sécurité dès phase de conception");
        var project = CreateProject();
        project.TickChecklistItem(ChecklistIds.Security, "security.mfa", Owner, T0);

        var flag = Assert.Single(ProjectHealth.Assess(project, new FakeTimeProvider(Now)));

        Assert.Equal(("health.security-neglected", HealthSeverity.Warning), (flag.Id, flag.Severity));
    }

    [Fact]
    public void Assess_SeedItemsTickedWithTheHostedAlternative_ClearsSecurity()
    {
        Seed.Line(199, "si site hébergé");
        Seed.Line(200, "clauses du contrat");
        var project = CreateProject();
        Tick(project, SeedSecurityHosted);

        Assert.Empty(ProjectHealth.Assess(project, new FakeTimeProvider(Now)));
        Assert.Equal(["security.in-house-protection", "security.restore-time"], project.GetChecklistProgress(ChecklistIds.Security).NotApplicableItemIds);
    }

    [Fact]
    public void Assess_SeedItemsTickedWithTheInHouseAlternative_ClearsSecurity()
    {
        Seed.Line(201, "si interne");
        Seed.Line(202, "gestion des protections");
        Seed.Line(203, "délai de rétablissement du service");
        var project = CreateProject();
        Tick(project, [.. SeedSecurityHosted.SkipLast(1), "security.in-house-protection", "security.restore-time"]);

        Assert.Empty(ProjectHealth.Assess(project, new FakeTimeProvider(Now)));
    }

    [Theory]
    [InlineData(0, false, HealthSeverity.Warning)]
    [InlineData(0, true, HealthSeverity.Critical)]
    [InlineData(3, false, HealthSeverity.Info)]
    [InlineData(3, true, HealthSeverity.Warning)]
    public void Assess_SeedSecurityItemsOpen_FlagsThemMoreUrgentlyOnceTheConsultationIsLaunched(int ticked, bool launched, HealthSeverity expected)
    {
        var project = CreateProject();
        project.SetPlan(PlanBuilder.Build(new PlanRequest { KeyDates = Keys }).Plan!, Owner, T0);
        Tick(project, SeedSecurityHosted.Take(ticked));

        var flag = Assess(project, launched ? "2026-03-03" : "2026-02-20").Single(f => f.Id == "health.security-neglected");

        Assert.Equal(expected, flag.Severity);
        Assert.Equal(SeedSecurityHosted.Length - ticked + 2, flag.Subjects.Count); // the in-house alternative is still open too
    }

    [Theory]
    [InlineData("2026-02-20", HealthSeverity.Critical)] // consultation 2 March: within 10 days
    [InlineData("2026-01-10", HealthSeverity.Warning)]
    public void Assess_ConsultationWithoutUsagerCommunication_FlagsDoingAndNotSaying(string today, HealthSeverity expected)
    {
        Seed.Line(79, "Faire et ne pas dire");
        Seed.Line(232, "Lorsque la consultation pour l'équipement sera lancée");
        var project = PlannedProject();

        var flag = Assess(project, today).Single(f => f.Id == "health.do-not-say");

        Assert.Equal(expected, flag.Severity);
        Assert.Contains("mistake.do-not-say", flag.RelatedItemIds);
    }

    [Fact]
    public void Assess_UsagerCommunicationPlannedOrTicked_NoDoingAndNotSaying()
    {
        Seed.Line(232, "Lorsque la consultation pour l'équipement sera lancée");
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
    public void Assess_CommunicationItemTickedAlone_NeverSaysAndDoesNot()
    {
        Seed.Line(78, "Dire et ne pas faire");
        Seed.Line(231, "Lorsque le projet sera clairement défini");
        var project = CreateProject();
        project.TickChecklistItem(ChecklistIds.Communication, "communication.usagers-project-defined", Owner, T0);

        Assert.DoesNotContain(Assess(project, "2027-02-20"), f => f.Id.StartsWith("health.say-not-do", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-04-10", false)] // told on 12 January: within three months (indicative)
    [InlineData("2026-04-13", true)]
    public void Assess_UsagersToldTheProjectWasDefinedAndNoScenarioValidated_SaysAndDoesNotAfterTheDelay(string today, bool flagged)
    {
        Seed.Line(78, "Dire et ne pas faire");
        Seed.Line(231, "Lorsque le projet sera clairement défini");
        Seed.Line(104, "Validation du scénario retenu");
        var project = CreateProject();
        project.RecordProjectDefinedAnnouncement(new DateOnly(2026, 1, 12), Owner, T0);

        Assert.Equal(flagged, Assess(project, today).Any(f => f.Id == "health.say-not-do"));

        project.ValidateScenario(project.SaveScenario(new Scenario { Name = "S" }, Owner, T0).Id, null, Owner, T0);
        Assert.DoesNotContain(Assess(project, today), f => f.Id == "health.say-not-do");
    }

    [Fact]
    public void Assess_AnnouncementMilestoneDoneThenDecisionReopened_SaysAndDoesNot()
    {
        Seed.Line(78, "Dire et ne pas faire");
        var project = CreateProject();
        project.ValidateScenario(project.SaveScenario(new Scenario { Name = "S" }, Owner, T0).Id, null, Owner, T0);
        project.SetMilestones([new CommunicationMilestone("comm.usagers-project-defined", "comm.usagers-project-defined", new DateOnly(2026, 3, 16), [Audience.Usagers], 7)], Owner, T0);
        project.CloseMilestone("comm.usagers-project-defined", MilestoneStatus.Done, Owner, new DateTimeOffset(2026, 3, 16, 10, 0, 0, TimeSpan.Zero));
        project.ReopenDecision(Owner, T0);

        Assert.Contains(Assess(project, "2026-07-01"), f => f.Id == "health.say-not-do");
    }

    [Fact]
    public void Assess_GoLivePassedWithoutValidatingOperation_SaysAndDoesNot()
    {
        Seed.Line(78, "Dire et ne pas faire");
        Seed.Line(143, "Valider le fonctionnement");
        var project = PlannedProject();

        Assert.DoesNotContain(Assess(project, "2026-10-19"), f => f.Id == "health.say-not-do-go-live");
        var flag = Assess(project, "2026-10-20").Single(f => f.Id == "health.say-not-do-go-live");
        Assert.Equal(HealthSeverity.Critical, flag.Severity);

        project.CompleteTask("task.validate-operation", Owner, T0);
        Assert.DoesNotContain(Assess(project, "2026-10-20"), f => f.Id == "health.say-not-do-go-live");
    }

    [Theory]
    [InlineData("2026-02-20", HealthSeverity.Warning)]
    [InlineData("2026-07-20", HealthSeverity.Critical)] // training started on 13 July
    public void Assess_TrainingPlannedWithoutDegradedMode_Flags(string today, HealthSeverity expected)
    {
        Seed.Line(178, "**fonctionnement en mode dégradé**");

        var flag = Assess(PlannedProject(), today).Single(f => f.Id == "health.no-degraded-mode-training");

        Assert.Equal(expected, flag.Severity);
    }

    [Fact]
    public void Assess_DegradedModeTicked_NoFlag()
    {
        Seed.Line(178, "fonctionnement en mode dégradé");
        var project = PlannedProject();
        project.TickChecklistItem(ChecklistIds.Training, "training.degraded-mode", Owner, T0);

        Assert.DoesNotContain(Assess(project, "2026-07-20"), f => f.Id == "health.no-degraded-mode-training");
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Assess_ConsultationLaunchedAfterDecision_AsksForTheCctpShareOnlyWhenTrainingIsNotInHouse(bool? inHouse, bool flagged)
    {
        Seed.Line(177, "Si elle n'est pas réalisée en interne, le CCTP prévoira une **part importante** à la formation des agents.");
        var project = PlannedProject();
        project.ValidateScenario(project.SaveScenario(new Scenario { Name = "S" }, Owner, T0).Id, null, Owner, T0);
        project.SetTrainingInHouse(inHouse, Owner, T0);

        Assert.Equal(flagged, Assess(project, "2026-02-20").Any(f => f.Id == "health.training-cctp"));
        Assert.Equal(inHouse == true, project.GetChecklistProgress(ChecklistIds.Training).NotApplicableItemIds.Contains("training.cctp-share"));
    }

    private static IReadOnlyList<HealthFlag> Assess(Project project, string today) =>
        ProjectHealth.Assess(project, new FakeTimeProvider(new DateTimeOffset(DateOnly.Parse(today), new TimeOnly(9, 0), TimeSpan.Zero)));

    private static Project PlannedProject()
    {
        var project = CreateProject();
        project.SetPlan(PlanBuilder.Build(new PlanRequest { KeyDates = Keys }).Plan!, Owner, T0);
        return project;
    }

    private static void Tick(Project project, IEnumerable<string> securityItems)
    {
        foreach (var item in securityItems)
        {
            project.TickChecklistItem(ChecklistIds.Security, item, Owner, T0);
        }
    }
}
