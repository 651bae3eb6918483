using TicBot.BotKit.Connector;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Hosting;

/// <summary>
/// What an activity needs before a turn may run on it: where to answer (an absolute http(s) service URL, a channel,
/// a conversation) and who speaks to whom. Checked before any turn so that bad input is a 400, never an exception
/// thrown from deep inside the turn (state keys, the connector).
/// </summary>
internal static class ActivityShape
{
    /// <returns>Null when a turn can run on the activity, else the reason (naming the field, never echoing its value).</returns>
    public static string? Problem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no 'channelId'.";
        }

        if (!ServiceUrls.TryParse(activity.ServiceUrl, out _))
        {
            return "The activity's 'serviceUrl' is not an absolute http(s) URL.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "The activity has no 'from.id'.";
        }

        if (string.IsNullOrWhiteSpace(activity.Recipient?.Id))
        {
            return "The activity has no 'recipient.id'.";
        }

        if (activity.Type == ActivityTypes.Invoke && string.IsNullOrWhiteSpace(activity.Name))
        {
            return "The invoke activity has no 'name'.";
        }

        return null;
    }
}
