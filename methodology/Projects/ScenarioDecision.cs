namespace TicBot.Methodology.Projects;

/// <summary>The validation of the chosen scenario.</summary>
public sealed record ScenarioDecision(string ScenarioId, string DecidedById, string DecidedByName, DateTimeOffset DecidedAt, string? Rationale);
