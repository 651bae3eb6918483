using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Builder;

/// <summary>One turn: the inbound activity, and the means to answer it.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }

    /// <summary>The inbound activity.</summary>
    Activity Activity { get; }

    /// <summary>Per-turn services and values, keyed by type or name; cleared when the turn ends.</summary>
    TurnContextStateCollection TurnState { get; }

    /// <value>True once the turn has sent at least one message-like activity (typing and traces excluded).</value>
    bool Responded { get; }

    /// <summary>Sends a text message as a reply to the inbound activity.</summary>
    Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken);

    /// <summary>Sends an activity, completed from the inbound one (conversation, from/recipient, replyToId).</summary>
    Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponseList> SendActivitiesAsync(IList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>Replaces an activity already sent (its <see cref="Activity.Id"/> names it).</summary>
    Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken);

    ITurnContext OnSendActivities(SendActivitiesHandler handler);

    ITurnContext OnUpdateActivity(UpdateActivityHandler handler);

    ITurnContext OnDeleteActivity(DeleteActivityHandler handler);
}
