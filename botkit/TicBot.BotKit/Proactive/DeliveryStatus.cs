using System.Text.Json.Serialization;

namespace TicBot.BotKit.Proactive;

/// <summary>Where a proactive message went. Stored by the names given here.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeliveryStatus>))]
public enum DeliveryStatus
{
    /// <summary>Sent to the person's personal chat (a stored one, or one just opened).</summary>
    [JsonStringEnumMemberName("sentToPerson")]
    SentToPerson,

    /// <summary>Sent to the place (group chat, or a new post in the team's General channel) mentioning the person; the reason says why not to them.</summary>
    [JsonStringEnumMemberName("sentToPlace")]
    SentToPlace,

    /// <summary>Not sent; the reason says why.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}
