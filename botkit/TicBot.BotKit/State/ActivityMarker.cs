using System.Security.Cryptography;
using System.Text;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.State;

/// <summary>
/// Names an inbound activity for redelivery detection: a short hash of channel, conversation and activity id (no Teams
/// id in clear in the documents it is kept in). Set in the turn state by <see cref="ConversationTurnMiddleware"/>.
/// </summary>
internal static class ActivityMarker
{
    public const string TurnStateKey = "TicBot.BotKit.ActivityMarker";

    /// <summary>The marker, or null for activities that cannot be delivered twice (no id) or are not deliveries (events).</summary>
    public static string? For(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Id) || activity.Type == ActivityTypes.Event
            || string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return null;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{activity.ChannelId}\n{activity.Conversation.Id}\n{activity.Id}"));
        return Convert.ToBase64String(hash.AsSpan(0, 12));
    }

    public static string? Of(ITurnContext turnContext) => turnContext.TurnState.Get<string>(TurnStateKey);
}
