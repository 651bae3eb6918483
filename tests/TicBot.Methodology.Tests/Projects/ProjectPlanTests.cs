using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using static TicBot.Methodology.Tests.Projects.ProjectFixture;

namespace TicBot.Methodology.Tests.Projects;

public sealed class ProjectPlanTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Fact]
    public void SetPlan_PilotAfterGoLive_ThrowsNamingBothDates()
    {
        var sut = CreateProject();
        var plan = new ProjectPlan { KeyDates = new KeyDates { ProjectStart = Start, PilotStart = Start.AddDays(90), GoLive = Start.AddDays(60) } };

        var ex = Assert.Throws<MethodologyException>(() => sut.SetPlan(plan, Owner, T0));

        Assert.Equal(("PilotStart", "GoLive"), (ex.FromState, ex.ToState));
        Assert.Null(sut.Plan);
    }

    [Fact]
    public void SetPlan_TaskEndingBeforeStartOrListedTwice_Throws()
    {
        var sut = CreateProject();
        var keys = new KeyDates { ProjectStart = Start };

        Assert.Throws<MethodologyException>(() => sut.SetPlan(new ProjectPlan { KeyDates = keys, Tasks = [new PlannedTask("task.communicate", Start, Start.AddDays(-1), 1)] }, Owner, T0));
        Assert.Throws<MethodologyException>(() => sut.SetPlan(new ProjectPlan { KeyDates = keys, Tasks = [new PlannedTask("task.communicate", Start, Start, 1), new PlannedTask("task.communicate", Start, Start, 1)] }, Owner, T0));
    }

    [Fact]
    public void SetPlan_Rebuilt_KeepsCompletionOfTasksStillPlanned()
    {
        var sut = CreateProject();
        var keys = new KeyDates { ProjectStart = Start };
        sut.SetPlan(new ProjectPlan { KeyDates = keys, Tasks = [new PlannedTask("task.communicate", Start, Start.AddDays(3), 4)] }, Owner, T0);
        sut.CompleteTask("task.communicate", Owner, T0.AddDays(4));

        sut.SetPlan(new ProjectPlan { KeyDates = keys, Tasks = [new PlannedTask("task.communicate", Start, Start.AddDays(7), 6)] }, Owner, T0.AddDays(5));

        Assert.Equal(T0.AddDays(4), sut.Plan!.FindTask("task.communicate")!.CompletedAt);
    }

    [Fact]
    public void CompleteTask_NoSuchTask_Throws()
    {
        var sut = CreateProject();

        Assert.Throws<MethodologyException>(() => sut.CompleteTask("task.communicate", Owner, T0));
    }

    [Fact]
    public void SetMilestones_ClosedOnesAreKept_PlannedOnesReplaced()
    {
        var sut = CreateProject();
        var launch = new CommunicationMilestone("comm.launch-campaign", "comm.launch-campaign", Start, [Audience.Agents], 7);
        var pilot = new CommunicationMilestone("comm.usagers-pilot", "comm.usagers-pilot", Start.AddDays(100), [Audience.Usagers], 14);
        sut.SetMilestones([launch, pilot], Owner, T0);
        sut.CloseMilestone(launch.Id, MilestoneStatus.Done, Owner, T0.AddDays(1));

        sut.SetMilestones([launch with { Due = Start.AddDays(50) }, pilot with { Due = Start.AddDays(120) }], Owner, T0.AddDays(2));

        Assert.Equal([(launch.Id, Start, MilestoneStatus.Done), (pilot.Id, Start.AddDays(120), MilestoneStatus.Planned)],
            sut.Milestones.Select(m => (m.Id, m.Due, m.Status)));
    }

    [Fact]
    public void CloseMilestone_ReopenClosed_ThrowsNamingStates()
    {
        var sut = CreateProject();
        sut.SetMilestones([new CommunicationMilestone("m", "comm.launch-campaign", Start, [Audience.Agents], 7)], Owner, T0);
        sut.CloseMilestone("m", MilestoneStatus.Cancelled, Owner, T0);

        var ex = Assert.Throws<MethodologyException>(() => sut.CloseMilestone("m", MilestoneStatus.Planned, Owner, T0));

        Assert.Equal(("Cancelled", "Planned"), (ex.FromState, ex.ToState));
        Assert.Throws<MethodologyException>(() => sut.CloseMilestone("nope", MilestoneStatus.Done, Owner, T0));
    }

    [Fact]
    public void SaveCommittee_NewAndUnknown_AssignsIdOrThrows()
    {
        var sut = CreateProject();

        var saved = sut.SaveCommittee(new Committee(string.Empty, "COPIL", "committee.steering", ["Maire", "DGS"], 6), Owner, T0);

        Assert.StartsWith("com-", saved.Id, StringComparison.Ordinal);
        Assert.Throws<MethodologyException>(() => sut.SaveCommittee(saved with { Id = "com-99" }, Owner, T0));
        Assert.Throws<MethodologyException>(() => sut.SaveCommittee(saved with { MeetingEveryWeeks = 0 }, Owner, T0));
    }
}
