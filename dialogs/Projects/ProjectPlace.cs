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
    /// <summary>The storage key of the place's project document.</summary>
    public string StorageKey => $"{KeyPrefix(ChannelId)}{Kind.ToKeySegment()}/{Id}";

    /// <summary>What every project key of <paramref name="channelId"/> starts with.</summary>
    public static string KeyPrefix(string channelId) => $"{channelId}/projects/";

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
