using TicBot.Cards.Actions;

namespace TicBot.Dialogs.Checklists;

/// <summary>A checklist page as submitted: which items it showed, which were ticked when it was drawn, which are ticked now.</summary>
/// <param name="ChecklistId">The checklist (checked against the methodology: card data is not trusted).</param>
/// <param name="Shown">The items the page showed.</param>
/// <param name="TickedBefore">The items of the page that were ticked when the card was drawn; null when the card did not say
/// (older cards): the submission then sets the page as shown.</param>
/// <param name="TickedNow">The items whose toggle is on in the submission.</param>
public sealed record ChecklistSubmission(
    string ChecklistId,
    IReadOnlyCollection<string> Shown,
    IReadOnlyCollection<string>? TickedBefore,
    IReadOnlyCollection<string> TickedNow)
{
    /// <summary>
    /// Only what this user changed on the card: two members saving the same page at once each apply their own
    /// ticks and unticks, and neither undoes the other's.
    /// </summary>
    /// <param name="tickedInProject">The items ticked in the project now (used when the card did not say what it showed).</param>
    public (IReadOnlyList<string> Tick, IReadOnlyList<string> Untick) Changes(IEnumerable<string> tickedInProject)
    {
        var shown = Shown.ToHashSet(StringComparer.Ordinal);
        var now = TickedNow.Where(shown.Contains).ToHashSet(StringComparer.Ordinal);
        var before = (TickedBefore ?? tickedInProject).Where(shown.Contains).ToHashSet(StringComparer.Ordinal);
        return ([.. now.Except(before).Order(StringComparer.Ordinal)], [.. before.Except(now).Order(StringComparer.Ordinal)]);
    }

    /// <summary>The submission carried by a checklist card's save button.</summary>
    public static ChecklistSubmission From(ChecklistSaveData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new ChecklistSubmission(data.Checklist, data.Items, data.Was, data.Ticked);
    }
}
