using System.Text.Json;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Builder;

/// <summary>
/// Connects the bot to a channel: runs the middleware pipeline and the bot for each turn, and carries
/// what the turn sends. Subclasses decide where outgoing activities go (the connector, a test queue…).
/// </summary>
public abstract class BotAdapter
{
    private readonly List<IMiddleware> _middleware = [];

    /// <summary>
    /// Called when a turn throws. Receives the turn and the exception; the default rethrows.
    /// </summary>
    public Func<ITurnContext, Exception, CancellationToken, Task>? OnTurnError { get; set; }

    /// <summary>The middleware, in the order it runs.</summary>
    public IReadOnlyList<IMiddleware> Middleware => _middleware;

    /// <summary>Adds a middleware at the end of the pipeline.</summary>
    public BotAdapter Use(IMiddleware middleware)
    {
        _middleware.Add(middleware ?? throw new ArgumentNullException(nameof(middleware)));
        return this;
    }

    /// <summary>Sends activities to the channel. Called once the turn's send handlers have run.</summary>
    public abstract Task<ResourceResponseList> SendActivitiesAsync(ITurnContext turnContext, IList<Activity> activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="callback"/> in a proactive turn of the conversation named by
    /// <paramref name="reference"/> (its activity is an <c>event</c> named <c>ContinueConversation</c>, with the
    /// reference in <c>relatesTo</c>). What the turn sends is a new message, not a reply to
    /// <see cref="ConversationReference.ActivityId"/>, and carries <c>channelData.tenant.id</c> from the reference's
    /// tenant (Teams wants it on proactive sends).
    /// </summary>
    public virtual Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
        => ContinueConversationAsync(reference, null, callback, cancellationToken);

    /// <inheritdoc cref="ContinueConversationAsync(ConversationReference, BotCallbackHandler, CancellationToken)"/>
    /// <param name="channelData">The conversation's channel data (for example the one it was created with), kept on the turn's activity.</param>
    protected async Task ContinueConversationAsync(ConversationReference reference, JsonElement? channelData, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        var activity = new Activity { Type = ActivityTypes.Event, Name = "ContinueConversation", RelatesTo = reference, ChannelData = channelData }
            .ApplyConversationReference(reference, isIncoming: true);
        // Without an id the turn's sends carry no replyToId: in a channel a reply would land in an old thread.
        activity.Id = null;
        activity.ChannelData = TeamsChannelData.WithTenant(activity.ChannelData, reference.Conversation?.TenantId);
        using var context = new TurnContext(this, activity);
        if (activity.GetTenantId() is { } tenantId)
        {
            context.OnSendActivities((_, activities, next) =>
            {
                foreach (var outgoing in activities)
                {
                    outgoing.ChannelData = TeamsChannelData.WithTenant(outgoing.ChannelData, tenantId);
                }

                return next();
            });
        }

        await RunPipelineAsync(context, callback, cancellationToken);
    }

    /// <summary>
    /// Runs the middleware then <paramref name="callback"/>. An exception goes to <see cref="OnTurnError"/>
    /// when one is set, else it propagates.
    /// </summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            await RunMiddlewareAsync(turnContext, 0, callback, cancellationToken);
        }
        catch (Exception ex) when (OnTurnError is not null && ex is not OperationCanceledException)
        {
            await OnTurnError(turnContext, ex, cancellationToken);
        }
    }

    private Task RunMiddlewareAsync(ITurnContext turnContext, int index, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return callback(turnContext, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(turnContext, ct => RunMiddlewareAsync(turnContext, index + 1, callback, ct), cancellationToken);
    }
}
