using TicBot.Methodology.Projects;

namespace TicBot.Methodology.Rules.Planning;

/// <summary>What the plan builder needs: key dates, calendar and the task list.</summary>
public sealed record PlanRequest
{
    /// <summary>The key dates.</summary>
    public required KeyDates KeyDates { get; init; }

    /// <summary>Holiday calendar. <value>Metropolitan France by default.</value></summary>
    public HolidayZone HolidayZone { get; init; } = HolidayZone.Metropolitan;

    /// <summary>The tasks. <value>Defaults to <see cref="PlanTemplate.Default"/>.</value></summary>
    public IReadOnlyList<PlanTaskTemplate> Tasks { get; init; } = PlanTemplate.Default;

    /// <summary>Tasks left out (e.g. <c>task.data-migration</c> when there is no data to take over); dependencies on them are dropped.</summary>
    public IReadOnlySet<string> ExcludedTaskIds { get; init; } = new HashSet<string>();

    /// <summary>Durations in working days that replace the defaults, by task id.</summary>
    public IReadOnlyDictionary<string, int> DurationOverrides { get; init; } = new Dictionary<string, int>();
}
