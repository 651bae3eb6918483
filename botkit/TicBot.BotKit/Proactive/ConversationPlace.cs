using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Proactive;

/// <summary>
/// Where the bot speaks to people: a user's personal chat, a group chat, or a team (all its channel threads share
/// the team). The same places as a project's (a personal chat belongs to its user, a group chat to the chat, a
/// channel thread to its team).
/// </summary>
/// <param name="ChannelId">The Bot Framework channel (<c>msteams</c>, <c>emulator</c>…).</param>
/// <param name="Kind">Personal, group chat or team.</param>
/// <param name="Id">The user id (personal), the chat's conversation id (group chat) or the team id (team).</param>
public sealed record ConversationPlace(string ChannelId, ConversationPlaceKind Kind, string Id)
{
    /// <summary>True for a group chat or a team: places several people share.</summary>
    public bool IsShared => Kind != ConversationPlaceKind.Personal;

    /// <summary>
    /// The place of an inbound activity: the team when <c>channelData.team.id</c> is set, else the group chat
    /// (a conversation that is a group or a channel, by its id before <c>;messageid=</c>), else the personal chat of
    /// <c>from</c>. Null when the activity lacks the channel or the id that names the place.
    /// </summary>
    public static ConversationPlace? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return null;
        }

        if (activity.GetTeamId() is { Length: > 0 } teamId)
        {
            return new ConversationPlace(activity.ChannelId, ConversationPlaceKind.Team, teamId);
        }

        var conversation = activity.Conversation;
        if (IsGroup(conversation))
        {
            var root = conversation!.Id?.Split(";messageid=", 2)[0];
            return string.IsNullOrEmpty(root) ? null : new ConversationPlace(activity.ChannelId, ConversationPlaceKind.GroupChat, root);
        }

        return activity.From?.Id is { Length: > 0 } userId
            ? new ConversationPlace(activity.ChannelId, ConversationPlaceKind.Personal, userId)
            : null;
    }

    private static bool IsGroup(ConversationAccount? conversation) => conversation is not null
        && (conversation.IsGroup == true
            || string.Equals(conversation.ConversationType, "groupChat", StringComparison.OrdinalIgnoreCase)
            || string.Equals(conversation.ConversationType, "channel", StringComparison.OrdinalIgnoreCase));
}
