namespace TicBot.Dialogs.Projects;

/// <summary>The kinds of place a project can belong to.</summary>
public enum ProjectPlaceKind
{
    Personal,
    GroupChat,
    Team,
}

/// <summary>Stable storage names for <see cref="ProjectPlaceKind"/> (renaming the enum must not move data).</summary>
internal static class ProjectPlaceKindExtensions
{
    public static string ToKeySegment(this ProjectPlaceKind kind) => kind switch
    {
        ProjectPlaceKind.Personal => "users",
        ProjectPlaceKind.GroupChat => "chats",
        ProjectPlaceKind.Team => "teams",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static ProjectPlaceKind? FromKeySegment(string segment) => segment switch
    {
        "users" => ProjectPlaceKind.Personal,
        "chats" => ProjectPlaceKind.GroupChat,
        "teams" => ProjectPlaceKind.Team,
        _ => null,
    };
}
