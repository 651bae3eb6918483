using TicBot.Methodology.Content;

namespace TicBot.Cards.Views;

/// <summary>What the checklist card shows: a checklist of the methodology with the project's ticks.</summary>
/// <param name="Id">The checklist's stable id.</param>
/// <param name="Why">One line saying why the checklist matters.</param>
public sealed record ChecklistView(string Id, string Title, string Why, IReadOnlyList<ChecklistItemView> Items)
{
    public int TickedCount => Items.Count(i => i.Ticked);

    /// <summary>The progress, the seed's items and the additions apart, items that do not apply left out.</summary>
    public ChecklistProgressView Progress => new(
        Id,
        Title,
        Items.Count(i => !i.IsAddition && i.NotApplicable is null && i.Ticked),
        Items.Count(i => !i.IsAddition && i.NotApplicable is null),
        Items.Count(i => i.IsAddition && i.NotApplicable is null && i.Ticked),
        Items.Count(i => i.IsAddition && i.NotApplicable is null));

    /// <summary>A methodology checklist with the project's ticks (ids not in the checklist are ignored).</summary>
    /// <param name="notApplicable">Items that do not apply to the project, with the reason in words; null for none.</param>
    public static ChecklistView From(Checklist checklist, IReadOnlySet<string> tickedItemIds, IReadOnlyDictionary<string, string>? notApplicable = null)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentNullException.ThrowIfNull(tickedItemIds);
        return new ChecklistView(
            checklist.Id,
            checklist.Title,
            checklist.Why,
            [.. checklist.Items.Select(item => new ChecklistItemView(
                item.Id,
                item.Title,
                item.Why,
                tickedItemIds.Contains(item.Id),
                item.IsAddition,
                item.AdditionNote,
                notApplicable?.GetValueOrDefault(item.Id)))]);
    }
}
