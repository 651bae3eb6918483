namespace TicBot.Cards.Views;

/// <summary>What the card managing a project shows, and which of its operations the member may do.</summary>
/// <param name="Owner">The owner's name.</param>
/// <param name="CanEdit">The member may rename, archive and restore.</param>
/// <param name="IsOwner">The member owns the project: may also transfer and delete it.</param>
/// <param name="HasOtherMembers">Someone else is a member: ownership can be transferred.</param>
public sealed record ProjectManageView(string Name, string Owner, bool IsArchived, bool CanEdit, bool IsOwner, bool HasOtherMembers);
