namespace TicBot.Methodology.Content;

/// <summary>A titled list of items a project team ticks as it goes (see <see cref="ChecklistIds"/>).</summary>
public sealed record Checklist
{
    /// <summary>Stable id, one of <see cref="ChecklistIds"/>.</summary>
    public required string Id { get; init; }

    /// <summary>Checklist title.</summary>
    public required string Title { get; init; }

    /// <summary>One line introducing the checklist.</summary>
    public required string Why { get; init; }

    /// <summary>The seed section the checklist comes from.</summary>
    public string? SeedRef { get; init; }

    /// <summary>The items, in the seed's order (additions after the seed's own items).</summary>
    public required IReadOnlyList<ContentItem> Items { get; init; }

    /// <summary>Finds an item of this checklist. <value>Null when the id is not in this checklist.</value></summary>
    public ContentItem? FindItem(string itemId) => Items.FirstOrDefault(i => i.Id == itemId);
}
