using System.Text.Json.Serialization;

namespace TicBot.Methodology.Projects;

public sealed partial class Project
{
    /// <value>True when the project is archived: kept as it is, read-only until restored.</value>
    [JsonIgnore]
    public bool IsArchived => Status == ProjectStatus.Archived;

    /// <value>When the project last changed (its last history entry), or when it was created.</value>
    [JsonIgnore]
    public DateTimeOffset LastChangedAt => _history.Count > 0 ? _history[^1].At : CreatedAt;

    /// <summary>Archives the project. Archiving an archived project does nothing.</summary>
    /// <returns>False when it was already archived.</returns>
    public bool Archive(Actor actor, DateTimeOffset at)
    {
        if (IsArchived)
        {
            return false;
        }

        Status = ProjectStatus.Archived;
        Record(actor, at, HistoryAction.ProjectArchived);
        return true;
    }

    /// <summary>Brings an archived project back. Restoring an active project does nothing.</summary>
    /// <returns>False when it was not archived.</returns>
    public bool Restore(Actor actor, DateTimeOffset at)
    {
        if (!IsArchived)
        {
            return false;
        }

        Status = ProjectStatus.Active;
        Record(actor, at, HistoryAction.ProjectRestored);
        return true;
    }

    /// <summary>
    /// Makes another member the owner (an agent who leaves must not leave a project nobody can manage); the former
    /// owner stays as a contributor.
    /// </summary>
    /// <exception cref="MethodologyException">The new owner is not a member, or is already the owner.</exception>
    public void TransferOwnership(string newOwnerId, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (FindMember(newOwnerId) is not { } member)
        {
            throw new MethodologyException("Ownership goes to a member of the project.", "not a member", MemberRole.Owner.ToString());
        }

        if (member.UserId == OwnerId)
        {
            throw new MethodologyException("This member already owns the project.", MemberRole.Owner.ToString(), MemberRole.Owner.ToString());
        }

        var former = OwnerId;
        _members = [.. _members.Select(m => m.UserId == former ? m with { Role = MemberRole.Contributor }
            : m.UserId == member.UserId ? m with { Role = MemberRole.Owner } : m)];
        OwnerId = member.UserId;
        Record(actor, at, HistoryAction.OwnershipTransferred, member.Name);
    }
}
