namespace TicBot.Dialogs.Projects;

/// <summary>
/// What TicBot keeps for one member across their conversations (the per-user document, <c>{channel}/users/{id}</c>):
/// their current project in each place, and the group conversations where they hold a conversation of their own with
/// the bot (so that "mes données" and the erasure find those documents without scanning every conversation).
/// </summary>
public sealed class MemberProfile
{
    /// <summary>The per-user document's property holding the profile.</summary>
    public const string PropertyName = "member";

    /// <summary>Current project id by place (<see cref="ProjectPlace.Reference"/>).</summary>
    public Dictionary<string, string> CurrentProjects { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Ids of the group conversations and channel threads where the member's dialog state is kept.</summary>
    public List<string> Conversations { get; init; } = [];
}
