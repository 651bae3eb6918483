namespace TicBot.Dialogs.Checklists;

/// <summary>A checklist page as submitted: which items it showed, which were ticked when it was drawn, which are ticked now.</summary>
/// <param name="ChecklistId">The checklist (checked against the methodology: card data is not trusted).</param>
/// <param name="Shown">The items the page showed.</param>
/// <param name="TickedBefore">The items of the page that were ticked when the card was drawn.</param>
/// <param name="TickedNow">The items whose toggle is on in the submission.</param>
public sealed record ChecklistSubmission(
    string ChecklistId,
    IReadOnlyCollection<string> Shown,
    IReadOnlyCollection<string> TickedBefore,
    IReadOnlyCollection<string> TickedNow)
{
    /// <summary>
    /// Only what this user changed on the card: two members saving the same page at once each apply their own
    /// ticks and unticks, and neither undoes the other's.
    /// </summary>
    public (IReadOnlyList<string> Tick, IReadOnlyList<string> Untick) Changes()
    {
        var shown = Shown.ToHashSet(StringComparer.Ordinal);
        var now = TickedNow.Where(shown.Contains).ToHashSet(StringComparer.Ordinal);
        var before = TickedBefore.Where(shown.Contains).ToHashSet(StringComparer.Ordinal);
        return ([.. now.Except(before).Order(StringComparer.Ordinal)], [.. before.Except(now).Order(StringComparer.Ordinal)]);
    }
}
