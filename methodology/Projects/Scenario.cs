namespace TicBot.Methodology.Projects;

/// <summary>A scenario of the dossier de choix: functional coverage, advantages and drawbacks, finance.</summary>
public sealed record Scenario
{
    /// <summary>Project-local id, e.g. <c>sc-2</c>. Empty when the scenario is new: the project assigns one.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Short name.</summary>
    public required string Name { get; init; }

    /// <summary>Description. <value>Null when not given.</value></summary>
    public string? Description { get; init; }

    /// <summary>Coverage per expectation id; an expectation absent from the map is "not assessed".</summary>
    public IReadOnlyDictionary<string, CoverageLevel> Coverage { get; init => field = value ?? new Dictionary<string, CoverageLevel>(); }
        = new Dictionary<string, CoverageLevel>();

    /// <summary>Weighted advantages.</summary>
    public IReadOnlyList<WeightedPoint> Advantages { get; init => field = value ?? []; } = [];

    /// <summary>Weighted drawbacks.</summary>
    public IReadOnlyList<WeightedPoint> Drawbacks { get; init => field = value ?? []; } = [];

    /// <summary>Financial study. <value>Null when not started.</value></summary>
    public ScenarioFinance? Finance { get; init; }
}
