using System.Net;
using System.Text.Json;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Proactive;

/// <summary>Builds what the outbox sends from a caller's message, which it never changes.</summary>
internal static class ProactiveActivities
{
    /// <summary>
    /// A copy of <paramref name="message"/> addressed to the reference's conversation: a new message (no
    /// <c>replyToId</c>), from the bot, with <c>channelData.tenant.id</c>.
    /// </summary>
    public static Activity For(PlaceReference reference, Activity message)
    {
        var activity = Detached(message, reference.TenantId);
        activity.ChannelId = reference.Place.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.From = new ChannelAccount { Id = reference.BotId };
        var conversation = reference.ToConversationReference();
        activity.Conversation = conversation.Conversation;
        activity.Recipient = conversation.User;
        return activity;
    }

    /// <summary>A copy of <paramref name="message"/> for a create conversation: a new message with the tenant, nothing else set.</summary>
    public static Activity Detached(Activity message, string? tenantId)
    {
        var activity = JsonSerializer.SerializeToElement(message, BotKitJsonContext.Default.Activity).Deserialize(BotKitJsonContext.Default.Activity)!;
        activity.Type ??= ActivityTypes.Message;
        activity.ReplyToId = null;
        activity.ChannelData = TeamsChannelData.WithTenant(activity.ChannelData, tenantId);
        return activity;
    }

    /// <summary>A copy of <paramref name="message"/> whose text starts with a mention of <paramref name="person"/>.</summary>
    public static Activity WithMention(Activity message, ProactiveRecipient person)
    {
        var activity = Detached(message, null);
        var markup = $"<at>{WebUtility.HtmlEncode(person.Name)}</at>";
        activity.Text = string.IsNullOrWhiteSpace(activity.Text) ? markup : $"{markup} {activity.Text}";
        var mention = new Entity
        {
            Type = EntityExtensions.MentionType,
            Properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
            {
                ["mentioned"] = JsonSerializer.SerializeToElement(new ChannelAccount { Id = person.Id, Name = person.Name }, BotKitJsonContext.Default.ChannelAccount),
                ["text"] = JsonSerializer.SerializeToElement(markup, BotKitJsonContext.Default.String),
            },
        };
        activity.Entities = [mention, .. activity.Entities ?? []];
        return activity;
    }
}
