namespace TicBot.BotKit.Builder;

/// <summary>The bot logic run for one turn.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);

/// <summary>Calls the next middleware, or the bot when there is none left.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>
/// Sees (and may change, hold back or replace) the activities a turn sends. Call <c>next</c> to pass them on.
/// </summary>
public delegate Task<ResourceResponseList> SendActivitiesHandler(
    ITurnContext turnContext, IList<Schema.Activity> activities, Func<Task<ResourceResponseList>> next);

/// <summary>Sees an update of an activity already sent.</summary>
public delegate Task<Schema.ResourceResponse?> UpdateActivityHandler(
    ITurnContext turnContext, Schema.Activity activity, Func<Task<Schema.ResourceResponse?>> next);

/// <summary>Sees the deletion of an activity already sent.</summary>
public delegate Task DeleteActivityHandler(
    ITurnContext turnContext, Schema.ConversationReference reference, Func<Task> next);
