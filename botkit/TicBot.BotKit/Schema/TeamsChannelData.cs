using System.Text.Json;
using System.Text.Json.Nodes;

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

    /// <summary>The tenant a <c>channelData</c> names (<c>tenant.id</c>), or null.</summary>
    public static string? GetTenantId(JsonElement? channelData) => ReadPath(channelData, "tenant", "id");

    /// <summary>The team's id (<c>channelData.team.id</c>), for activities from a team.</summary>
    public static string? GetTeamId(this Activity activity) => ReadPath(Data(activity), "team", "id");

    /// <summary>The channel's id (<c>channelData.channel.id</c>), for activities from a team channel.</summary>
    public static string? GetTeamsChannelId(this Activity activity) => ReadPath(Data(activity), "channel", "id");

    /// <summary>The Teams event type of a conversationUpdate, such as <c>teamMemberAdded</c>.</summary>
    public static string? GetTeamsEventType(this Activity activity) => ReadPath(Data(activity), "eventType");

    /// <summary>
    /// <paramref name="channelData"/> with <c>tenant.id</c> set to <paramref name="tenantId"/> when it has none
    /// (Teams wants the tenant on proactive sends and on create conversation). Other fields are kept; a
    /// <c>channelData</c> that is not an object is replaced. Returns it unchanged when the tenant is unknown.
    /// </summary>
    public static JsonElement? WithTenant(JsonElement? channelData, string? tenantId)
    {
        if (string.IsNullOrEmpty(tenantId) || GetTenantId(channelData) is not null)
        {
            return channelData;
        }

        var data = channelData is { ValueKind: JsonValueKind.Object } existing ? JsonObject.Create(existing)! : [];
        data["tenant"] = new JsonObject { ["id"] = tenantId };
        return JsonSerializer.SerializeToElement(data, BotKitJsonContext.Default.JsonObject);
    }

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
