using System.Text.Json;
using TicBot.BotKit.Schema;

namespace TicBot.Dialogs.Projects;

/// <summary>
/// Where a project lives: a personal chat belongs to its user, a group chat to the chat, and every thread of a
/// team's channels to the team (keyed by <c>channelData.team.id</c>, not by the thread's conversation id).
/// </summary>
/// <param name="Kind">personal, groupChat or team.</param>
/// <param name="Id">The user, chat or team id on the channel.</param>
/// <param name="ChannelId">The Bot Framework channel (<c>msteams</c>, <c>emulator</c>…).</param>
public sealed record ProjectPlace(ProjectPlaceKind Kind, string Id, string ChannelId)
{
    /// <summary>What the keys of the place's projects start with: <c>{channel}/projects/{kind}/{placeId}/</c>.</summary>
    public string ProjectsPrefix => $"{KeyPrefix(ChannelId)}{Kind.ToKeySegment()}/{Id}/";

    /// <summary>
    /// The key of the place's single project before a place could hold several (schema version 1); a document
    /// there is read as the place's first project and moved under <see cref="KeyOf"/> on its next save.
    /// </summary>
    public string LegacyKey => $"{KeyPrefix(ChannelId)}{Kind.ToKeySegment()}/{Id}";

    /// <summary>The place as card data names it (<c>kind|id</c>, see <see cref="FromReference"/>).</summary>
    public string Reference => $"{Kind.ToKeySegment()}|{Id}";

    /// <summary>The storage key of the project <paramref name="projectId"/> of this place.</summary>
    public string KeyOf(string projectId) => ProjectsPrefix + projectId;

    /// <summary>What every project key of <paramref name="channelId"/> starts with.</summary>
    public static string KeyPrefix(string channelId) => $"{channelId}/projects/";

    /// <summary>The place a <see cref="Reference"/> names. <value>Null when it names none.</value></summary>
    public static ProjectPlace? FromReference(string channelId, string? reference)
    {
        if (reference?.Split('|') is not [var segment, { Length: > 0 } id] || ProjectPlaceKindExtensions.FromKeySegment(segment) is not { } kind)
        {
            return null;
        }

        return new ProjectPlace(kind, id, channelId);
    }

    /// <summary>The place of an inbound activity, or null when the activity lacks what identifies it.</summary>
    public static ProjectPlace? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channelId = string.IsNullOrWhiteSpace(activity.ChannelId) ? "unknown" : activity.ChannelId;
        var teamId = TeamId(activity.ChannelData);
        if (teamId is not null)
        {
            return new ProjectPlace(ProjectPlaceKind.Team, teamId, channelId);
        }

        var conversation = activity.Conversation;
        var isGroup = conversation?.IsGroup == true
            || string.Equals(conversation?.ConversationType, "groupChat", StringComparison.OrdinalIgnoreCase)
            || string.Equals(conversation?.ConversationType, "channel", StringComparison.OrdinalIgnoreCase);
        if (isGroup && !string.IsNullOrEmpty(conversation?.Id))
        {
            // A channel post without team data (not seen from Teams) still gets one project per conversation root.
            var root = conversation.Id.Split(";messageid=", 2)[0];
            return new ProjectPlace(ProjectPlaceKind.GroupChat, root, channelId);
        }

        // Keyed like UserState ({channelId}/users/{from.id}) so that a user's data is found, exported and deleted together.
        var userId = activity.From?.Id;
        return string.IsNullOrEmpty(userId) ? null : new ProjectPlace(ProjectPlaceKind.Personal, userId, channelId);
    }

    private static string? TeamId(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        if (data.TryGetProperty("team", out var team) && team.ValueKind == JsonValueKind.Object
            && team.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && !string.IsNullOrEmpty(id.GetString()))
        {
            return id.GetString();
        }

        return null;
    }
}
