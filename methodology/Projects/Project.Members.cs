using System.Text.Json.Serialization;

namespace TicBot.Methodology.Projects;

public sealed partial class Project
{
    private List<ProjectMember> _members = [];

    [JsonInclude]
    public IReadOnlyList<ProjectMember> Members { get => _members; internal set => _members = [.. value ?? []]; }

    /// <summary>Finds a member. <value>Null when the user is not a member.</value></summary>
    public ProjectMember? FindMember(string userId) => _members.FirstOrDefault(m => m.UserId == userId);

    /// <summary>True when the user may change the project (owner or contributor).</summary>
    public bool CanEdit(string userId) => FindMember(userId)?.Role is MemberRole.Owner or MemberRole.Contributor;

    /// <summary>Adds a member, or updates their name, role and responsibility if already a member.</summary>
    /// <exception cref="MethodologyException">Making someone else owner, or demoting the owner.</exception>
    public void SetMember(ProjectMember member, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(member);
        RequireText(member.UserId, "member id");
        RequireText(member.Name, "member name");
        var existing = FindMember(member.UserId);
        var isOwner = member.UserId == OwnerId;
        if (isOwner != (member.Role == MemberRole.Owner))
        {
            throw new MethodologyException(
                "The project has exactly one owner; ownership changes only by transfer.",
                existing?.Role.ToString() ?? "not a member",
                member.Role.ToString());
        }

        if (existing is null)
        {
            CheckRoom(_members.Count, "members");
            _members.Add(member);
            Record(actor, at, HistoryAction.MemberAdded, member.Name);
        }
        else
        {
            _members[_members.IndexOf(existing)] = member;
            Record(actor, at, HistoryAction.MemberChanged, member.Name);
        }
    }

    /// <summary>Removes a member. Removing a non-member does nothing.</summary>
    /// <exception cref="MethodologyException">Removing the owner.</exception>
    public void RemoveMember(string userId, Actor actor, DateTimeOffset at)
    {
        if (userId == OwnerId)
        {
            throw new MethodologyException("The owner cannot be removed from the project.", MemberRole.Owner.ToString(), "not a member");
        }

        if (FindMember(userId) is { } member)
        {
            _members.Remove(member);
            Record(actor, at, HistoryAction.MemberRemoved, member.Name);
        }
    }
}
