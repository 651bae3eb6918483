using System.Text.Json;

namespace TicBot.BotKit.Schema;

/// <summary>
/// Reads of Teams' <c>channelData</c> (tenant, team, channel, event type). Every read tolerates a missing or
/// malformed <c>channelData</c> and answers null.
/// </summary>
public static class TeamsChannelData
{
    /// <summary>The tenant: <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    public static string? GetTenantId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ReadPath(activity.ChannelData, "tenant", "id") ?? activity.Conversation?.TenantId;
    }

    /// <summary>The team's id (<c>channelData.team.id</c>), for activities from a team.</summary>
    public static string? GetTeamId(this Activity activity) => ReadPath(Data(activity), "team", "id");

    /// <summary>The channel's id (<c>channelData.channel.id</c>), for activities from a team channel.</summary>
    public static string? GetTeamsChannelId(this Activity activity) => ReadPath(Data(activity), "channel", "id");

    /// <summary>The Teams event type of a conversationUpdate, such as <c>teamMemberAdded</c>.</summary>
    public static string? GetTeamsEventType(this Activity activity) => ReadPath(Data(activity), "eventType");

    private static JsonElement? Data(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelData;
    }

    private static string? ReadPath(JsonElement? root, params string[] path)
    {
        if (root is not { } current)
        {
            return null;
        }

        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current.ValueKind == JsonValueKind.String ? current.GetString() : null;
    }
}
