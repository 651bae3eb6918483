namespace TicBot.Methodology.Content;

/// <summary>
/// One piece of methodology content (a key step, a mistake to avoid, a checklist item, a funding lead…)
/// in one language. The <see cref="Id"/> is stable across languages and versions.
/// </summary>
public sealed record ContentItem
{
    /// <summary>Stable id, identical in every language, e.g. <c>keystep.user-involvement</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Short title, as shown in a checklist line.</summary>
    public required string Title { get; init; }

    /// <summary>One line: why it matters, taken from the seed (or from expert knowledge when <see cref="IsAddition"/>).</summary>
    public required string Why { get; init; }

    /// <summary>Optional longer explanation. <value>Null when the title and reason say it all.</value></summary>
    public string? Detail { get; init; }

    /// <summary>Optional sub-points (examples, means, channels). <value>Empty by default.</value></summary>
    public IReadOnlyList<string> Points { get; init => field = value ?? []; } = [];

    /// <summary>
    /// The seed section the item comes from or elaborates, in the seed's own (French) words, identical in
    /// every language, e.g. <c>De grandes lignes — Les étapes clés à réussir</c>. Null only for additions.
    /// </summary>
    public string? SeedRef { get; init; }

    /// <summary>True when the item is expert knowledge beyond the seed (it may still elaborate a seed section).</summary>
    public bool IsAddition { get; init; }

    /// <summary>
    /// A remark beyond the seed inside an item that is the seed's own (a present-day note, an example, a name the seed
    /// does not give), kept apart so that cards show it labelled « Complément ».
    /// <value>Null when the item says only what the seed says.</value>
    /// </summary>
    public string? AdditionNote { get; init; }
}
