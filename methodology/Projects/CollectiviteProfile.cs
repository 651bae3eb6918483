namespace TicBot.Methodology.Projects;

/// <summary>The public body running the project: its kind, size and holiday calendar.</summary>
public sealed record CollectiviteProfile
{
    /// <summary>Kind of body. <value>Defaults to <see cref="CollectiviteKind.Commune"/>.</value></summary>
    public CollectiviteKind Kind { get; init; } = CollectiviteKind.Commune;

    /// <summary>Name of the body, e.g. "Communauté de communes du Val d'Argent". <value>Null when not given.</value></summary>
    public string? Name { get; init; }

    /// <summary>Population served. <value>Null when not given.</value></summary>
    public int? Population { get; init; }

    /// <summary>Number of agents. <value>Null when not given.</value></summary>
    public int? AgentCount { get; init; }

    /// <summary>Public-holiday calendar. <value>Defaults to <see cref="HolidayZone.Metropolitan"/>.</value></summary>
    public HolidayZone HolidayZone { get; init; } = HolidayZone.Metropolitan;
}
