namespace TicBot.Methodology.Projects;

/// <summary>The project plan: key dates, holiday calendar and dated tasks.</summary>
public sealed record ProjectPlan
{
    /// <summary>The key dates the plan was built from.</summary>
    public required KeyDates KeyDates { get; init; }

    /// <summary>The holiday calendar used. <value>Defaults to metropolitan France.</value></summary>
    public HolidayZone HolidayZone { get; init; } = HolidayZone.Metropolitan;

    /// <summary>The dated tasks, in plan order.</summary>
    public IReadOnlyList<PlannedTask> Tasks { get; init => field = value ?? []; } = [];

    /// <summary>Finds a task. <value>Null when the plan does not include it.</value></summary>
    public PlannedTask? FindTask(string taskId) => Tasks.FirstOrDefault(t => t.TaskId == taskId);
}
