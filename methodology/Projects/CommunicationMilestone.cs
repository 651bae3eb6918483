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
public sealed record CommunicationMilestone(
    string Id,
    string ActionId,
    DateOnly Due,
    IReadOnlyList<Audience> Audiences,
    int ReminderLeadDays,
    MilestoneStatus Status = MilestoneStatus.Planned,
    DateTimeOffset? DoneAt = null)
{
    /// <summary>The day the reminder is due.</summary>
    public DateOnly ReminderDate => Due.AddDays(-ReminderLeadDays);
}
