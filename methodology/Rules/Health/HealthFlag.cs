using TicBot.Methodology.Content;

namespace TicBot.Methodology.Rules.Health;

/// <summary>
/// A risk found in a project: a mistake to avoid that is looming or a key step not covered. Its texts (title,
/// risk, suggested action) are content items with the same <see cref="Id"/>, in French and English.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>health.do-not-say</c>.</param>
/// <param name="Severity">How urgent.</param>
/// <param name="RelatedItemIds">Content items concerned: the mistake or key step, and the checklist items that would clear the flag.</param>
/// <param name="Subjects">Project things concerned (milestone or task ids). <value>Empty when none.</value></param>
public sealed record HealthFlag(string Id, HealthSeverity Severity, IReadOnlyList<string> RelatedItemIds, IReadOnlyList<string> Subjects)
{
    /// <summary>The flag's title in the content's language.</summary>
    public string Title(MethodologyContent content) => Text(content).Title;

    /// <summary>The risk, in one sentence.</summary>
    public string Risk(MethodologyContent content) => Text(content).Why;

    /// <summary>The suggested action.</summary>
    public string SuggestedAction(MethodologyContent content) => Text(content).Detail ?? string.Empty;

    /// <summary>True when the whole flag is beyond the seed (cards label it « Complément »).</summary>
    public bool IsAddition(MethodologyContent content) => Text(content).IsAddition;

    /// <summary>What the flag adds to the seed's words (names, examples, an indicative delay). <value>Null when nothing.</value></summary>
    public string? AdditionNote(MethodologyContent content) => Text(content).AdditionNote;

    private ContentItem Text(MethodologyContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.HealthFlags.FirstOrDefault(h => h.Id == Id)
            ?? throw new KeyNotFoundException($"No content for health flag '{Id}'.");
    }
}
