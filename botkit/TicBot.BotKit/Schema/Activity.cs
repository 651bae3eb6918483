using System.Text.Json;
using System.Text.Json.Serialization;

namespace TicBot.BotKit.Schema;

/// <summary>
/// A Bot Framework activity as it travels on the wire. Only the fields TicBot meets are typed;
/// every other field is kept in <see cref="Properties"/> so that a Teams payload round-trips without loss.
/// </summary>
public sealed class Activity
{
    /// <summary>The activity type (<see cref="ActivityTypes"/>). Required on inbound activities.</summary>
    public string? Type { get; set; }
    public string? Id { get; set; }
    /// <summary>When the channel received the activity; written in UTC with <c>Z</c>.</summary>
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }
    /// <summary>The user's local time when they sent it; written with its offset.</summary>
    [JsonConverter(typeof(LocalTimestampConverter))]
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Summary { get; set; }
    public string? InputHint { get; set; }
    public string? AttachmentLayout { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public IList<Entity>? Entities { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    /// <summary>Channel-specific data (Teams: tenant, team, channel, …), kept as raw JSON.</summary>
    public JsonElement? ChannelData { get; set; }
    public string? ReplyToId { get; set; }
    /// <summary>The payload of card submits, invokes and events, kept as raw JSON.</summary>
    public JsonElement? Value { get; set; }
    public string? ValueType { get; set; }
    /// <summary>The name of an invoke or event activity.</summary>
    public string? Name { get; set; }
    /// <summary>For installationUpdate: add, add-upgrade, remove, remove-upgrade.</summary>
    public string? Action { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }
    public ConversationReference? RelatesTo { get; set; }
    /// <summary><c>normal</c> (default) or <c>expectReplies</c>.</summary>
    public string? DeliveryMode { get; set; }
    public string? CallerId { get; set; }

    /// <summary>Fields this type does not model, preserved as they came.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
