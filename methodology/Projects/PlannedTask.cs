namespace TicBot.Methodology.Projects;

/// <summary>A dated task of the plan (working days, both ends included).</summary>
/// <param name="TaskId">Content task id, e.g. <c>task.organisation-study</c>.</param>
/// <param name="Start">First working day.</param>
/// <param name="End">Last working day (≥ <paramref name="Start"/>).</param>
/// <param name="WorkingDays">Duration in working days.</param>
/// <param name="CompletedAt">When it was marked done. <value>Null while open.</value></param>
public sealed record PlannedTask(string TaskId, DateOnly Start, DateOnly End, int WorkingDays, DateTimeOffset? CompletedAt = null);
