namespace TicBot.Methodology.Projects;

/// <summary>Progress of one checklist: how many of its items are ticked.</summary>
/// <param name="ChecklistId">The checklist.</param>
/// <param name="TickedItemIds">Ticked item ids, in checklist order.</param>
/// <param name="Total">Number of items in the checklist.</param>
public sealed record ChecklistProgress(string ChecklistId, IReadOnlyList<string> TickedItemIds, int Total)
{
    /// <summary>Number of ticked items.</summary>
    public int Ticked => TickedItemIds.Count;

    /// <summary>True when every item is ticked (and there is at least one).</summary>
    public bool IsComplete => Total > 0 && Ticked == Total;

    /// <summary>"7/12".</summary>
    public string Display => $"{Ticked}/{Total}";

    /// <summary>Whether an item is ticked.</summary>
    public bool IsTicked(string itemId) => TickedItemIds.Contains(itemId);
}
