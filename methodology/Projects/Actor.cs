namespace TicBot.Methodology.Projects;

/// <summary>Who makes a change: a stable user id (e.g. the Teams AAD object id) and a display name.</summary>
public sealed record Actor(string Id, string Name);
