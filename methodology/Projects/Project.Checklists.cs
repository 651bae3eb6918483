using System.Text.Json.Serialization;
using TicBot.Methodology.Content;

namespace TicBot.Methodology.Projects;

public sealed partial class Project
{
    private List<ChecklistTick> _ticks = [];

    /// <summary>Every ticked checklist item, in the order they were ticked.</summary>
    [JsonInclude]
    public IReadOnlyList<ChecklistTick> ChecklistTicks { get => _ticks; internal set => _ticks = [.. value ?? []]; }

    /// <summary>Ticks a checklist item. Ticking an item already ticked changes nothing and returns false.</summary>
    /// <returns>True when the item was not ticked before.</returns>
    /// <exception cref="MethodologyException">The checklist or the item (in that checklist) does not exist.</exception>
    public bool TickChecklistItem(string checklistId, string itemId, Actor actor, DateTimeOffset at)
    {
        RequireChecklistItem(checklistId, itemId);
        ArgumentNullException.ThrowIfNull(actor);
        if (IsTicked(checklistId, itemId))
        {
            return false;
        }

        _ticks.Add(new ChecklistTick(checklistId, itemId, actor.Id, actor.Name, at));
        Record(actor, at, HistoryAction.ChecklistItemTicked, itemId);
        return true;
    }

    /// <summary>Unticks a checklist item. Unticking an item not ticked changes nothing and returns false.</summary>
    /// <returns>True when the item was ticked before.</returns>
    /// <exception cref="MethodologyException">The checklist or the item (in that checklist) does not exist.</exception>
    public bool UntickChecklistItem(string checklistId, string itemId, Actor actor, DateTimeOffset at)
    {
        RequireChecklistItem(checklistId, itemId);
        if (_ticks.RemoveAll(t => t.ChecklistId == checklistId && t.ItemId == itemId) == 0)
        {
            return false;
        }

        Record(actor, at, HistoryAction.ChecklistItemUnticked, itemId);
        return true;
    }

    /// <summary>Whether an item is ticked.</summary>
    public bool IsTicked(string checklistId, string itemId) =>
        _ticks.Exists(t => t.ChecklistId == checklistId && t.ItemId == itemId);

    /// <summary>Who ticked an item and when. <value>Null when not ticked.</value></summary>
    public ChecklistTick? FindTick(string checklistId, string itemId) =>
        _ticks.Find(t => t.ChecklistId == checklistId && t.ItemId == itemId);

    /// <summary>
    /// Progress of one checklist ("7/12"), ticked ids in checklist order, the seed's items and the additions apart,
    /// and the items that do not apply to the project.
    /// </summary>
    /// <exception cref="MethodologyException">Unknown checklist.</exception>
    public ChecklistProgress GetChecklistProgress(string checklistId)
    {
        var checklist = MethodologyCatalog.Load().For(ContentLanguage.French).FindChecklist(checklistId ?? string.Empty)
            ?? throw new MethodologyException($"No checklist '{checklistId}'.");
        var ticked = checklist.Items.Where(i => IsTicked(checklist.Id, i.Id)).Select(i => i.Id).ToList();
        return new ChecklistProgress(checklist.Id, ticked, checklist.Items.Count)
        {
            SeedItemIds = [.. checklist.Items.Where(i => !i.IsAddition).Select(i => i.Id)],
            AdditionItemIds = [.. checklist.Items.Where(i => i.IsAddition).Select(i => i.Id)],
            NotApplicableItemIds = [.. NotApplicableItems(checklist.Id).Keys],
        };
    }

    /// <summary>Progress of the six checklists, in display order.</summary>
    public IReadOnlyList<ChecklistProgress> GetAllChecklistProgress() =>
        [.. ChecklistIds.All.Select(GetChecklistProgress)];

    private static void RequireChecklistItem(string? checklistId, string? itemId)
    {
        var checklist = MethodologyCatalog.Load().For(ContentLanguage.French).FindChecklist(checklistId ?? string.Empty)
            ?? throw new MethodologyException($"No checklist '{checklistId}'.");
        if (itemId is null || checklist.FindItem(itemId) is null)
        {
            throw new MethodologyException($"Checklist '{checklistId}' has no item '{itemId}'.");
        }
    }
}
