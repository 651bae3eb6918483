using System.Text.Json.Serialization;

namespace TicBot.BotKit.Proactive;

/// <summary>The kinds of place the bot can be reached in. Stored by the names given here, never by number.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConversationPlaceKind>))]
public enum ConversationPlaceKind
{
    /// <summary>A user's personal (1:1) chat with the bot; the place id is the user's id.</summary>
    [JsonStringEnumMemberName("personal")]
    Personal,

    /// <summary>A group chat; the place id is the chat's conversation id.</summary>
    [JsonStringEnumMemberName("groupChat")]
    GroupChat,

    /// <summary>A team: every channel thread of it; the place id is the team id (<c>channelData.team.id</c>).</summary>
    [JsonStringEnumMemberName("team")]
    Team,
}
