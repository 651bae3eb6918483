namespace TicBot.Methodology.Content;

/// <summary>A communication action of the seed's "Communiquer à chaque étape", with its audiences and channels.</summary>
public sealed record CommunicationActionContent
{
    /// <summary>Stable id, e.g. <c>comm.usagers-consultation</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Title of the action.</summary>
    public required string Title { get; init; }

    /// <summary>Why it matters (from the seed).</summary>
    public required string Why { get; init; }

    /// <summary>Who it is for (identical in every language).</summary>
    public required IReadOnlyList<Audience> Audiences { get; init; }

    /// <summary>The channels the seed names for this action (journal municipal, presse quotidienne, télévision régionale…).</summary>
    public required IReadOnlyList<string> Channels { get; init; }

    /// <summary>Further channels TicBot suggests beyond the seed, shown labelled « Complément ». <value>Empty by default.</value></summary>
    public IReadOnlyList<string> AdditionChannels { get; init => field = value ?? []; } = [];

    /// <summary>
    /// A remark beyond the seed (TicBot's reading of it, an indicative delay), shown labelled « Complément ».
    /// <value>Null when none.</value>
    /// </summary>
    public string? AdditionNote { get; init; }

    /// <summary>The seed section.</summary>
    public string? SeedRef { get; init; }

    /// <summary>True when beyond the seed.</summary>
    public bool IsAddition { get; init; }
}
