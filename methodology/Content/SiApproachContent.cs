namespace TicBot.Methodology.Content;

/// <summary>One of the two ways to bring an existing information system along: overhaul or convergence.</summary>
public sealed record SiApproachContent
{
    /// <summary>Stable id: <c>si.convergence</c> or <c>si.overhaul</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Title of the approach.</summary>
    public required string Title { get; init; }

    /// <summary>When the seed recommends it.</summary>
    public required string When { get; init; }

    /// <summary>What it means in practice.</summary>
    public required string Approach { get; init; }

    /// <summary>Advantages given by the seed.</summary>
    public required IReadOnlyList<string> Advantages { get; init; }

    /// <summary>Drawbacks given by the seed.</summary>
    public required IReadOnlyList<string> Drawbacks { get; init; }

    /// <summary>The seed section.</summary>
    public string? SeedRef { get; init; }

    /// <summary>True when beyond the seed.</summary>
    public bool IsAddition { get; init; }
}
