using System.Security.Cryptography;
using System.Text;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.State;

/// <summary>
/// Names an inbound activity for redelivery detection: a short hash of channel, conversation and activity id (no Teams
/// id in clear in the documents it is kept in). <see cref="ConversationTurnMiddleware"/> puts it in the turn state, and
/// every state document the turn changes records it. Code with side effects outside the bot state (a project created
/// in its own document) can store it too, so that a re-run of the same turn after a conflict recognises its own work.
/// </summary>
public static class ActivityMarker
{
    /// <summary>The turn-state key of the current turn's marker.</summary>
    public const string TurnStateKey = "TicBot.BotKit.ActivityMarker";

    /// <summary>The marker, or null for activities that cannot be delivered twice (no id) or are not deliveries (events).</summary>
    public static string? For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id) || activity.Type == ActivityTypes.Event
            || string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return null;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{activity.ChannelId}\n{activity.Conversation.Id}\n{activity.Id}"));
        return Convert.ToBase64String(hash.AsSpan(0, 12));
    }

    /// <summary>The current turn's marker, or null outside <see cref="ConversationTurnMiddleware"/> or for an activity without id.</summary>
    public static string? Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<string>(TurnStateKey);
    }
}
