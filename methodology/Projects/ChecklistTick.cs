namespace TicBot.Methodology.Projects;

/// <summary>A ticked checklist item: which, by whom, when.</summary>
public sealed record ChecklistTick(string ChecklistId, string ItemId, string ById, string ByName, DateTimeOffset At);
