namespace TicBot.Methodology.Projects;

/// <summary>
/// Progress of one checklist, the seed's own items and the additions counted apart ("5/9 de la méthode,
/// 2/6 compléments"). Items that do not apply to the project ("sans objet": the in-house items of a hosted site)
/// leave the count.
/// </summary>
/// <param name="ChecklistId">The checklist.</param>
/// <param name="TickedItemIds">Ticked item ids, in checklist order.</param>
/// <param name="Total">Number of items in the checklist.</param>
public sealed record ChecklistProgress(string ChecklistId, IReadOnlyList<string> TickedItemIds, int Total)
{
    /// <summary>The seed's own items, in checklist order. <value>Empty by default.</value></summary>
    public IReadOnlyList<string> SeedItemIds { get; init; } = [];

    /// <summary>The items TicBot adds to the seed, in checklist order. <value>Empty by default.</value></summary>
    public IReadOnlyList<string> AdditionItemIds { get; init; } = [];

    /// <summary>Items that do not apply to this project ("sans objet"). <value>Empty by default.</value></summary>
    public IReadOnlyList<string> NotApplicableItemIds { get; init; } = [];

    /// <summary>Number of ticked items.</summary>
    public int Ticked => TickedItemIds.Count;

    /// <summary>The seed's items that apply to the project.</summary>
    public int SeedTotal => SeedItemIds.Count(id => !NotApplicableItemIds.Contains(id));

    /// <summary>The seed's applicable items that are ticked.</summary>
    public int SeedTicked => SeedItemIds.Count(id => !NotApplicableItemIds.Contains(id) && IsTicked(id));

    /// <summary>The additions that apply to the project.</summary>
    public int AdditionTotal => AdditionItemIds.Count(id => !NotApplicableItemIds.Contains(id));

    /// <summary>The applicable additions that are ticked.</summary>
    public int AdditionTicked => AdditionItemIds.Count(id => !NotApplicableItemIds.Contains(id) && IsTicked(id));

    /// <summary>The seed's applicable items not ticked yet, in checklist order.</summary>
    public IReadOnlyList<string> OpenSeedItemIds => [.. SeedItemIds.Where(id => !NotApplicableItemIds.Contains(id) && !IsTicked(id))];

    /// <summary>True when every item is ticked (and there is at least one).</summary>
    public bool IsComplete => Total > 0 && Ticked == Total;

    /// <summary>"7/12".</summary>
    public string Display => $"{Ticked}/{Total}";

    /// <summary>Whether an item is ticked.</summary>
    public bool IsTicked(string itemId) => TickedItemIds.Contains(itemId);
}
