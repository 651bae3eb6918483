using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Planning;
using TicBot.Methodology.Tests.Support;

namespace TicBot.Methodology.Tests.Rules;

public sealed class PlanBuilderTests
{
    private static readonly KeyDates Typical = new()
    {
        ProjectStart = new DateOnly(2026, 1, 5),
        ConsultationLaunch = new DateOnly(2026, 3, 2),
        PilotStart = new DateOnly(2026, 9, 14),
        GoLive = new DateOnly(2026, 10, 19),
    };

    [Theory]
    [InlineData("task.management-rules", "2026-01-05", "2026-01-23")]
    [InlineData("task.technical-choices", "2026-01-26", "2026-02-27")]
    [InlineData("task.organisation-study", "2026-01-26", "2026-03-06")]
    [InlineData("task.receive-equipment", "2026-06-01", "2026-06-12")] // 60 working days after the consultation, 5 holidays skipped
    [InlineData("task.configure-software", "2026-06-15", "2026-07-10")]
    [InlineData("task.data-migration", "2026-07-13", "2026-07-27")] // 14 July skipped
    [InlineData("task.train-agents", "2026-07-13", "2026-07-27")]
    [InlineData("task.validate-operation", "2026-09-14", "2026-09-25")] // not before the pilot
    [InlineData("task.inform-usagers", "2026-01-05", "2026-01-09")] // seed l. 231-233: from the defined project on, not at the pilot only
    public void Build_TypicalKeyDates_DatesTasksOnWorkingDays(string taskId, string start, string end)
    {
        var result = PlanBuilder.Build(new PlanRequest { KeyDates = Typical });

        Assert.True(result.IsFeasible, string.Join(" | ", result.Problems.Select(p => p.Message.English)));
        var task = result.Plan!.FindTask(taskId)!;
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (task.Start, task.End));
    }

    [Fact]
    public void Build_InformUsagers_OpensWithTheFirstMomentNotAtThePilot()
    {
        Seed.Line(139, "Informers les usagers");
        Seed.Line(231, "Lorsque le projet sera clairement défini");
        Seed.Line(233, "Lors du démarrage des sites pilotes");

        var task = PlanBuilder.Build(new PlanRequest { KeyDates = Typical }).Plan!.FindTask("task.inform-usagers")!;

        Assert.True(task.End < Typical.ConsultationLaunch, "the usagers are first told when the project is defined, long before the pilot");
        Assert.Null(PlanTemplate.Default.Single(t => t.TaskId == "task.inform-usagers").StartsNotBefore);
    }

    [Fact]
    public void Build_Default_ListsTasksInTheSeedOrder()
    {
        Seed.Line(131, "Placer toutes les tâches sur un planning");
        var result = PlanBuilder.Build(new PlanRequest { KeyDates = Typical });

        Assert.Equal(PlanTemplate.Default.Select(t => t.TaskId), result.Plan!.Tasks.Select(t => t.TaskId));
        Assert.All(PlanTemplate.Default, t => Assert.True(t.IsAddition));
    }

    [Fact]
    public void Build_PilotTooEarlyForTraining_ReportsLateTaskWithDates()
    {
        var result = PlanBuilder.Build(new PlanRequest { KeyDates = Typical with { PilotStart = new DateOnly(2026, 6, 15) } });

        Assert.NotNull(result.Plan);
        Assert.False(result.IsFeasible);
        var problem = Assert.Single(result.Problems, p => p.TaskId == "task.train-agents");
        Assert.Equal("plan.late", problem.Code);
        Assert.Contains("lundi 27\u00a0juillet\u00a02026", problem.Message.French, StringComparison.Ordinal);
        Assert.Contains("démarrage des sites pilotes (lundi 15\u00a0juin\u00a02026)", problem.Message.French, StringComparison.Ordinal);
        Assert.Contains("Monday 15 June 2026", problem.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PilotAfterGoLive_ReturnsNoPlanAndExplains()
    {
        var result = PlanBuilder.Build(new PlanRequest { KeyDates = Typical with { PilotStart = new DateOnly(2026, 11, 2) } });

        Assert.Null(result.Plan);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("plan.key-dates-order", problem.Code);
        Assert.StartsWith("La mise en service (lundi 19\u00a0octobre\u00a02026) ne peut pas précéder le démarrage des sites pilotes", problem.Message.French, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ConsultationBeforeTechnicalChoicesEnd_ReportsLate()
    {
        var result = PlanBuilder.Build(new PlanRequest { KeyDates = Typical with { ConsultationLaunch = new DateOnly(2026, 2, 2) } });

        Assert.Contains(result.Problems, p => p is { Code: "plan.late", TaskId: "task.technical-choices" });
    }

    [Fact]
    public void Build_NoDataToMigrate_LeavesTaskOutAndKeepsDependents()
    {
        var result = PlanBuilder.Build(new PlanRequest { KeyDates = Typical, ExcludedTaskIds = new HashSet<string> { "task.data-migration" } });

        Assert.Null(result.Plan!.FindTask("task.data-migration"));
        Assert.NotNull(result.Plan.FindTask("task.validate-operation"));
    }

    [Fact]
    public void Build_OnlyProjectStart_DatesEverythingWithoutDeadlines()
    {
        var result = PlanBuilder.Build(new PlanRequest { KeyDates = new KeyDates { ProjectStart = new DateOnly(2026, 1, 3) } });

        Assert.True(result.IsFeasible);
        Assert.Equal(new DateOnly(2026, 1, 5), result.Plan!.FindTask("task.management-rules")!.Start); // Saturday start → Monday
        var choices = result.Plan.FindTask("task.technical-choices")!;
        Assert.True(result.Plan.FindTask("task.receive-equipment")!.Start > choices.End.AddDays(PlanTemplate.ProcurementWorkingDays));
    }

    [Fact]
    public void Build_AlsaceMoselle_SkipsGoodFriday()
    {
        var keys = new KeyDates { ProjectStart = new DateOnly(2026, 3, 30) };

        var metropolitan = PlanBuilder.Build(new PlanRequest { KeyDates = keys }).Plan!.FindTask("task.management-rules")!;
        var alsace = PlanBuilder.Build(new PlanRequest { KeyDates = keys, HolidayZone = HolidayZone.AlsaceMoselle }).Plan!.FindTask("task.management-rules")!;

        Assert.Equal(new DateOnly(2026, 4, 20), metropolitan.End);
        Assert.Equal(new DateOnly(2026, 4, 21), alsace.End);
    }

    [Fact]
    public void Build_DependencyLoop_ReturnsNoPlan()
    {
        PlanTaskTemplate[] tasks =
        [
            new() { TaskId = "task.communicate", WorkingDays = 5, DependsOn = ["task.train-agents"] },
            new() { TaskId = "task.train-agents", WorkingDays = 5, DependsOn = ["task.communicate"] },
        ];

        var result = PlanBuilder.Build(new PlanRequest { KeyDates = Typical, Tasks = tasks });

        Assert.Null(result.Plan);
        Assert.Equal("plan.cycle", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Build_UnknownDependencyTaskOrBadDuration_ReportsEach()
    {
        PlanTaskTemplate[] tasks =
        [
            new() { TaskId = "task.communicate", WorkingDays = 5, DependsOn = ["task.nowhere"] },
            new() { TaskId = "task.coffee", WorkingDays = 5 },
            new() { TaskId = "task.train-agents", WorkingDays = 5 },
        ];

        var result = PlanBuilder.Build(new PlanRequest
        {
            KeyDates = Typical,
            Tasks = tasks,
            DurationOverrides = new Dictionary<string, int> { ["task.train-agents"] = 0 },
        });

        Assert.Null(result.Plan);
        Assert.Equal(["plan.unknown-dependency", "plan.unknown-task", "plan.invalid-duration"], result.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Build_DurationOverride_IsUsed()
    {
        var result = PlanBuilder.Build(new PlanRequest
        {
            KeyDates = Typical,
            DurationOverrides = new Dictionary<string, int> { ["task.management-rules"] = 1 },
        });

        var task = result.Plan!.FindTask("task.management-rules")!;
        Assert.Equal((1, new DateOnly(2026, 1, 5)), (task.WorkingDays, task.End));
    }

    [Fact]
    public void Build_ResultAccepted_ByProjectSetPlan()
    {
        var project = Projects.ProjectFixture.CreateProject();
        var result = PlanBuilder.Build(new PlanRequest { KeyDates = Typical });

        project.SetPlan(result.Plan!, Projects.ProjectFixture.Owner, Projects.ProjectFixture.T0);

        Assert.Equal(11, project.Plan!.Tasks.Count);
    }
}
