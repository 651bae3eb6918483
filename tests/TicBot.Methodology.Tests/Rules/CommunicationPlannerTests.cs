using Microsoft.Extensions.Time.Testing;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;
using TicBot.Methodology.Rules.Communication;
using TicBot.Methodology.Rules.Planning;
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
                ("comm.operation-regular#2", "2027-07-19"),
                ("comm.operation-regular#3", "2028-01-19"),
                ("comm.operation-regular#4", "2028-07-19"),
            ],
            sut.Select(m => (m.Id, m.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
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
