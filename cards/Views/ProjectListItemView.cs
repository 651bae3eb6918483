namespace TicBot.Cards.Views;

/// <summary>One project in the list of a place's projects.</summary>
/// <param name="Id">The project's id (the list's buttons name it).</param>
/// <param name="Phase">The stage in words.</param>
/// <param name="Ticked">Checklist items ticked, all checklists together.</param>
/// <param name="Total">Checklist items in all.</param>
/// <param name="LastChange">The day of the last change, in the collectivité's time zone.</param>
/// <param name="Lead">Who leads it: the chef de projet when named, else the owner.</param>
/// <param name="IsCurrent">True for the member's current project in this place.</param>
public sealed record ProjectListItemView(
    string Id,
    string Name,
    string Phase,
    int Ticked,
    int Total,
    DateOnly LastChange,
    string Lead,
    bool IsCurrent,
    bool IsArchived);
