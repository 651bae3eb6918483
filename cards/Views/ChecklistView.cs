namespace TicBot.Cards.Views;

/// <summary>What the checklist card shows: a checklist of the methodology with the project's ticks.</summary>
/// <param name="Id">The checklist's stable id.</param>
/// <param name="Why">One line saying why the checklist matters.</param>
public sealed record ChecklistView(string Id, string Title, string Why, IReadOnlyList<ChecklistItemView> Items)
{
    public int TickedCount => Items.Count(i => i.Ticked);
}
