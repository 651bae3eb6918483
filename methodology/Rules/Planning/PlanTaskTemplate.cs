namespace TicBot.Methodology.Rules.Planning;

/// <summary>
/// A planning task with its default duration and dependencies. The durations, dependencies and anchors are
/// expert additions (the seed lists the tasks, not how long they take).
/// </summary>
public sealed record PlanTaskTemplate
{
    /// <summary>Content task id, e.g. <c>task.organisation-study</c>.</summary>
    public required string TaskId { get; init; }

    /// <summary>Default duration in working days (≥ 1).</summary>
    public required int WorkingDays { get; init; }

    /// <summary>Tasks that must end before this one starts (finish-to-start).</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>True for a task the project may leave out (the seed's "éventuelle reprise des données").</summary>
    public bool IsOptional { get; init; }

    /// <summary>
    /// The key dates this task should end before, the first one set being used (e.g. pilot start, else go-live).
    /// </summary>
    public IReadOnlyList<KeyDateKind> EndsBefore { get; init; } = [];

    /// <summary>The key date this task cannot start before. <value>Null when none.</value></summary>
    public KeyDateKind? StartsNotBefore { get; init; }

    /// <summary>Working days added after <see cref="StartsNotBefore"/> (e.g. the procurement period). <value>0 by default.</value></summary>
    public int LagWorkingDays { get; init; }

    /// <summary>True: these defaults are expert additions, not the seed's.</summary>
    public bool IsAddition { get; init; } = true;
}
