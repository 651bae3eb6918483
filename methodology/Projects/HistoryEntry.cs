namespace TicBot.Methodology.Projects;

/// <summary>One change to the project: who, when, what.</summary>
/// <param name="At">When the change was made.</param>
/// <param name="ActorId">Who made it (user id).</param>
/// <param name="ActorName">Their display name at the time.</param>
/// <param name="Action">What kind of change.</param>
/// <param name="Subject">The id or name the change is about (item id, scenario id…). <value>Null when none.</value></param>
public sealed record HistoryEntry(DateTimeOffset At, string ActorId, string ActorName, HistoryAction Action, string? Subject = null);
