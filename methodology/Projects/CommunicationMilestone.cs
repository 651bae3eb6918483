using TicBot.Methodology.Content;

namespace TicBot.Methodology.Projects;

/// <summary>
/// A dated communication action, with its audiences and reminder lead time. Its title, reason and suggested
/// channels are in the content: <c>content.FindCommunicationAction(ActionId)</c>.
/// </summary>
/// <param name="Id">Unique within the project, e.g. <c>comm.usagers-consultation</c> or <c>comm.operation-regular#2</c>.</param>
/// <param name="ActionId">Content communication action id.</param>
/// <param name="Due">The day the action should happen.</param>
/// <param name="Audiences">Who it is for.</param>
/// <param name="ReminderLeadDays">How many days before <paramref name="Due"/> to remind the team.</param>
/// <param name="Status">Planned, done or cancelled.</param>
/// <param name="DoneAt">When it was marked done. <value>Null unless done.</value></param>
/// <param name="RecurEveryMonths">For an action that recurs with no end date (the seed's "à intervalle régulier en
/// phase d'exploitation"): closing this occurrence plans the next one this many months later.
/// <value>Null for a one-off action.</value></param>
public sealed record CommunicationMilestone(
    string Id,
    string ActionId,
    DateOnly Due,
    IReadOnlyList<Audience> Audiences,
    int ReminderLeadDays,
    MilestoneStatus Status = MilestoneStatus.Planned,
    DateTimeOffset? DoneAt = null,
    int? RecurEveryMonths = null)
{
    /// <summary>The day the reminder is due.</summary>
    public DateOnly ReminderDate => Due.AddDays(-ReminderLeadDays);

    /// <summary>
    /// The next occurrence of a recurring action, planned, with the next number in its id
    /// (<c>comm.operation-regular#2</c> → <c>#3</c>). <value>Null for a one-off action.</value>
    /// </summary>
    public CommunicationMilestone? NextOccurrence()
    {
        if (RecurEveryMonths is not { } months)
        {
            return null;
        }

        var (stem, number) = (Id, 1);
        var hash = Id.LastIndexOf('#');
        if (hash >= 0 && int.TryParse(Id.AsSpan(hash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            (stem, number) = (Id[..hash], n);
        }

        return this with
        {
            Id = $"{stem}#{(number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            Due = Due.AddMonths(months),
            Status = MilestoneStatus.Planned,
            DoneAt = null,
        };
    }
}
