using Microsoft.Extensions.Time.Testing;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;
using TicBot.Methodology.Rules.Communication;
using TicBot.Methodology.Rules.Planning;
using TicBot.Methodology.Tests.Support;
using static TicBot.Methodology.Tests.Projects.ProjectFixture;

namespace TicBot.Methodology.Tests.Rules;

public sealed class CommunicationPlannerTests
{
    private static readonly KeyDates Typical = new()
    {
        ProjectStart = new DateOnly(2026, 1, 5),
        ConsultationLaunch = new DateOnly(2026, 3, 2),
        PilotStart = new DateOnly(2026, 9, 14),
        GoLive = new DateOnly(2026, 10, 19),
    };

    [Fact]
    public void Build_PlannedAndDecidedProject_DatesEverySeedAction()
    {
        Seed.Line(213, "Communication Interne et Externe dès le lancement");
        Seed.Line(216, "Sensibilisation des agents");
        Seed.Line(231, "Lorsque le projet sera clairement défini");
        Seed.Line(232, "Lorsque la consultation pour l'équipement sera lancée");
        Seed.Line(233, "Lors du démarrage des sites pilotes");
        Seed.Line(235, "A intervalle régulier en phase d'exploitation");
        var project = PlannedProject();

        var sut = CommunicationPlanner.Build(project, new FakeTimeProvider(T0));

        Assert.Equal(
            [
                ("comm.launch-campaign", "2026-01-12"),
                ("comm.elus-briefing#comm.usagers-project-defined", "2026-02-09"),
                ("comm.usagers-project-defined", "2026-02-16"),
                ("comm.elus-briefing#comm.usagers-consultation", "2026-02-23"),
                ("comm.usagers-consultation", "2026-03-02"),
                ("comm.agent-awareness", "2026-06-29"),
                ("comm.elus-briefing#comm.usagers-pilot", "2026-09-07"),
                ("comm.usagers-pilot", "2026-09-14"),
                ("comm.operation-regular#1", "2027-01-19"),
            ],
            sut.Select(m => (m.Id, m.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Build_NoScenarioValidated_DoesNotYetTellTheUsagersTheProjectIsDefined()
    {
        Seed.Line(230, "En fonction de la prudence qui doit généralement accompagner toute action de communication");
        Seed.Line(231, "Lorsque le projet sera clairement défini");
        var project = CreateProject();
        project.SetPlan(PlanBuilder.Build(new PlanRequest { KeyDates = Typical }).Plan!, Owner, T0);

        var sut = CommunicationPlanner.Build(project, new FakeTimeProvider(T0));

        Assert.DoesNotContain(sut, m => m.Id.Contains("comm.usagers-project-defined", StringComparison.Ordinal));
        Assert.Contains(sut, m => m.Id == "comm.usagers-consultation");
    }

    [Fact]
    public void Build_RegularInformationInOperation_RecursWithNoEndDate()
    {
        Seed.Line(235, "A intervalle régulier en phase d'exploitation");
        var project = PlannedProject();
        project.SetMilestones(CommunicationPlanner.Build(project, new FakeTimeProvider(T0)), Owner, T0);

        foreach (var number in Enumerable.Range(1, 6))
        {
            project.CloseMilestone($"comm.operation-regular#{number}", number % 2 == 0 ? MilestoneStatus.Cancelled : MilestoneStatus.Done, Owner, T0);
        }

        var next = Assert.Single(project.Milestones, m => m.Status == MilestoneStatus.Planned && m.ActionId == "comm.operation-regular");
        Assert.Equal(("comm.operation-regular#7", new DateOnly(2030, 1, 21), CommunicationPlanner.OperationEveryMonths), (next.Id, next.Due, next.RecurEveryMonths)); // 19 January 2030 is a Saturday
    }

    [Fact]
    public void Build_GoLiveLongPast_PlansTheNextRegularInformationStillToCome()
    {
        var project = PlannedProject();

        var sut = CommunicationPlanner.Build(project, new FakeTimeProvider(new DateTimeOffset(2028, 3, 1, 8, 0, 0, TimeSpan.Zero)));

        var regular = Assert.Single(sut, m => m.ActionId == "comm.operation-regular");
        Assert.Equal(("comm.operation-regular#4", new DateOnly(2028, 7, 19)), (regular.Id, regular.Due));
    }

    [Fact]
    public void CommunicationActions_PromotionToUsagers_UsesThePressAndRegionalTelevisionThroughout()
    {
        Seed.Line(234, "Par des articles de fond dans la presse quotidienne complétés par des reportages de la télévision régionale");
        var french = MethodologyCatalog.Load().For(ContentLanguage.French);

        foreach (var id in new[] { "comm.usagers-project-defined", "comm.usagers-consultation", "comm.usagers-pilot", "comm.operation-regular" })
        {
            var action = french.FindCommunicationAction(id)!;
            Assert.Equal(["Articles de fond dans la presse quotidienne", "Reportages de la télévision régionale"], action.Channels);
            Assert.Equal(["Journal intercommunal ou municipal"], action.AdditionChannels);
        }
    }

    [Fact]
    public void CommunicationActions_WhatTicBotAdds_IsLabelledAndSaysIndicative()
    {
        Seed.Line(213, "Communication Interne et Externe dès le lancement");
        Seed.Line(235, "ou si les indicateurs montrent qu'il y a nécessité à le faire");
        var french = MethodologyCatalog.Load().For(ContentLanguage.French);

        Assert.Contains(Audience.Agents, french.FindCommunicationAction("comm.launch-campaign")!.Audiences);
        Assert.Contains(Audience.Usagers, french.FindCommunicationAction("comm.launch-campaign")!.Audiences);
        Assert.Empty(french.FindCommunicationAction("comm.agent-awareness")!.Channels);
        Assert.Contains("avant la formation", french.FindCommunicationAction("comm.agent-awareness")!.AdditionNote, StringComparison.Ordinal);
        Assert.Contains("indicatif", french.FindCommunicationAction("comm.agent-awareness")!.AdditionNote, StringComparison.Ordinal);
        Assert.Contains("sans date de fin (rythme indicatif)", french.FindCommunicationAction("comm.operation-regular")!.AdditionNote, StringComparison.Ordinal);
        Assert.Contains("dès que les indicateurs montrent", french.FindCommunicationAction("comm.operation-regular")!.Why, StringComparison.Ordinal);
        Assert.Contains("une fois le scénario retenu validé", french.FindCommunicationAction("comm.usagers-project-defined")!.AdditionNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ConsultationMilestone_HasAudiencesAndReminderFromContent()
    {
        var sut = CommunicationPlanner.Build(PlannedProject(), new FakeTimeProvider(T0)).Single(m => m.Id == "comm.usagers-consultation");

        Assert.Equal([Audience.Usagers, Audience.Press], sut.Audiences);
        Assert.Equal(new DateOnly(2026, 2, 20), sut.ReminderDate);
        Assert.NotNull(MethodologyCatalog.Load().For(ContentLanguage.English).FindCommunicationAction(sut.ActionId));
    }

    [Fact]
    public void Build_NewProjectWithoutDates_PlansOnlyTheLaunchCampaign()
    {
        var sut = CommunicationPlanner.Build(CreateProject(), new FakeTimeProvider(T0));

        var only = Assert.Single(sut);
        Assert.Equal(("comm.launch-campaign", new DateOnly(2026, 3, 9)), (only.Id, only.Due));
    }

    [Fact]
    public void Build_InOperationWithoutGoLive_PlansRegularActionsFromToday()
    {
        var project = CreateProject();
        project.ChangePhase(ProjectPhase.Operation, Owner, T0);

        var sut = CommunicationPlanner.Build(project, new FakeTimeProvider(new DateTimeOffset(2026, 6, 10, 8, 0, 0, TimeSpan.Zero)));

        Assert.Equal(new DateOnly(2026, 9, 10), sut.First(m => m.ActionId == "comm.operation-regular").Due);
    }

    [Fact]
    public void Build_Result_IsAcceptedByProjectAndRemindersComeDue()
    {
        var project = PlannedProject();
        project.SetMilestones(CommunicationPlanner.Build(project, new FakeTimeProvider(T0)), Owner, T0);

        var due = CommunicationPlanner.RemindersDue(project, new DateOnly(2026, 2, 24));

        Assert.Equal(["comm.usagers-consultation"], due.Select(m => m.Id));
    }

    [Theory]
    [InlineData(HolidayZone.Metropolitan, "2026-03-01")]
    [InlineData(HolidayZone.LaReunion, "2026-03-02")]
    [InlineData(HolidayZone.Guadeloupe, "2026-03-01")]
    public void CollectiviteClock_LateEveningUtc_UsesLocalDate(HolidayZone zone, string expected)
    {
        var instant = new DateTimeOffset(2026, 3, 1, 22, 30, 0, TimeSpan.Zero);

        Assert.Equal(DateOnly.Parse(expected), CollectiviteClock.Today(new FakeTimeProvider(instant), zone));
    }

    private static Project PlannedProject()
    {
        var project = CreateProject();
        var scenario = project.SaveScenario(new Scenario { Name = "Portail" }, Owner, T0);
        project.ValidateScenario(scenario.Id, null, Owner, new DateTimeOffset(2026, 2, 2, 10, 0, 0, TimeSpan.Zero));
        project.SetPlan(PlanBuilder.Build(new PlanRequest { KeyDates = Typical }).Plan!, Owner, T0);
        return project;
    }
}
