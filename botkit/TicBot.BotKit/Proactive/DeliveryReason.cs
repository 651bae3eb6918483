using System.Text.Json.Serialization;

namespace TicBot.BotKit.Proactive;

/// <summary>Why a proactive message did not reach the person directly, or at all. Stored by the names given here.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeliveryReason>))]
public enum DeliveryReason
{
    /// <summary>Nothing went wrong.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>No reference is stored for the place (the bot was never added there, or was removed).</summary>
    [JsonStringEnumMemberName("noReference")]
    NoReference,

    /// <summary>The person has no personal chat with the bot, and a group chat gives no way to open one.</summary>
    [JsonStringEnumMemberName("noPersonalChat")]
    NoPersonalChat,

    /// <summary>Opening a personal chat was refused (the app is not installed for the person, nor in a team of theirs).</summary>
    [JsonStringEnumMemberName("personalChatRefused")]
    PersonalChatRefused,

    /// <summary>403 <c>MessageWritesBlocked</c>: the person blocked or removed the bot. Its reference was removed.</summary>
    [JsonStringEnumMemberName("blockedByUser")]
    BlockedByUser,

    /// <summary>403 <c>BotDisabledByAdmin</c>: an administrator disabled the bot. The reference was removed.</summary>
    [JsonStringEnumMemberName("botDisabledByAdmin")]
    BotDisabledByAdmin,

    /// <summary>Another 403: the bot may not write there. The reference was removed.</summary>
    [JsonStringEnumMemberName("forbidden")]
    Forbidden,

    /// <summary>404: the conversation no longer exists. The reference was removed.</summary>
    [JsonStringEnumMemberName("conversationNotFound")]
    ConversationNotFound,

    /// <summary>Still answered 429 after the attempts allowed, or asked to wait longer than allowed.</summary>
    [JsonStringEnumMemberName("throttled")]
    Throttled,

    /// <summary>The connector kept failing (5xx, 412, no connection) after the attempts allowed.</summary>
    [JsonStringEnumMemberName("serviceUnavailable")]
    ServiceUnavailable,

    /// <summary>The send got no answer in time: it may have been delivered, so it was not repeated.</summary>
    [JsonStringEnumMemberName("deliveryUncertain")]
    DeliveryUncertain,

    /// <summary>The connector refused the message itself (another 4xx), or the reference was unusable.</summary>
    [JsonStringEnumMemberName("rejected")]
    Rejected,

    /// <summary>The outbox was full.</summary>
    [JsonStringEnumMemberName("queueFull")]
    QueueFull,
}
