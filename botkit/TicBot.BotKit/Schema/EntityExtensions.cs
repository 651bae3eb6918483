using System.Text.Json;

namespace TicBot.BotKit.Schema;

/// <summary>Typed reads of the entities Teams sends (<c>mention</c>, <c>clientInfo</c>).</summary>
public static class EntityExtensions
{
    public const string MentionType = "mention";
    public const string ClientInfoType = "clientInfo";

    /// <summary>The mentions of an activity, skipping malformed ones.</summary>
    public static IReadOnlyList<Mention> GetMentions(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var mentions = new List<Mention>();
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity is null || !string.Equals(entity.Type, MentionType, StringComparison.Ordinal) || entity.Properties is null)
            {
                continue;
            }

            if (!entity.Properties.TryGetValue("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var account = new ChannelAccount { Id = ReadString(mentioned, "id"), Name = ReadString(mentioned, "name") };
            entity.Properties.TryGetValue("text", out var text);
            mentions.Add(new Mention(account, text.ValueKind == JsonValueKind.String ? text.GetString() : null));
        }

        return mentions;
    }

    /// <summary>The first <c>clientInfo</c> entity, or null when the activity carries none.</summary>
    public static ClientInfo? GetClientInfo(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var entity = activity.Entities?.FirstOrDefault(e => e is not null && string.Equals(e.Type, ClientInfoType, StringComparison.Ordinal));
        if (entity?.Properties is not { } properties)
        {
            return null;
        }

        return new ClientInfo(Read(properties, "locale"), Read(properties, "country"), Read(properties, "platform"), Read(properties, "timezone"));
    }

    private static string? Read(IDictionary<string, JsonElement> properties, string name)
        => properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? ReadString(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
