using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Builder;

/// <summary>
/// The default <see cref="ITurnContext"/>: completes outgoing activities from the inbound one, runs the
/// registered send/update/delete handlers, then hands the activities to the adapter.
/// </summary>
public sealed class TurnContext : ITurnContext, IDisposable
{
    private readonly List<SendActivitiesHandler> _onSend = [];
    private readonly List<UpdateActivityHandler> _onUpdate = [];
    private readonly List<DeleteActivityHandler> _onDelete = [];

    public TurnContext(BotAdapter adapter, Activity activity)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
    }

    public BotAdapter Adapter { get; }

    public Activity Activity { get; }

    public TurnContextStateCollection TurnState { get; } = new();

    public bool Responded { get; private set; }

    public Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken)
        => SendActivityAsync(ActivityExtensions.CreateMessage(text), cancellationToken);

    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var responses = await SendActivitiesAsync([activity], cancellationToken);
        return responses.Count > 0 ? responses[0] : null;
    }

    public async Task<ResourceResponseList> SendActivitiesAsync(IList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return [];
        }

        var reference = Activity.GetConversationReference();
        var outgoing = activities.Select(a =>
        {
            a.Type ??= ActivityTypes.Message;
            return a.ApplyConversationReference(reference);
        }).ToList();

        var responses = await RunSendHandlersAsync(outgoing, 0, cancellationToken);
        if (outgoing.Exists(a => a.Type is not ActivityTypes.Typing and not ActivityTypes.Trace))
        {
            Responded = true;
        }

        return responses;
    }

    public Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ApplyConversationReference(Activity.GetConversationReference());
        activity.ReplyToId = null;
        return RunUpdateHandlersAsync(activity, 0, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return RunDeleteHandlersAsync(reference, 0, cancellationToken);
    }

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _onSend.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler)
    {
        _onUpdate.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler)
    {
        _onDelete.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    public void Dispose() => TurnState.Clear();

    /// <summary>Forgets that the turn responded: its replies were discarded before reaching the channel.</summary>
    internal void ResetResponded() => Responded = false;

    private Task<ResourceResponseList> RunSendHandlersAsync(IList<Activity> activities, int index, CancellationToken cancellationToken)
    {
        if (index == _onSend.Count)
        {
            return Adapter.SendActivitiesAsync(this, activities, cancellationToken);
        }

        return _onSend[index](this, activities, () => RunSendHandlersAsync(activities, index + 1, cancellationToken));
    }

    private Task<ResourceResponse?> RunUpdateHandlersAsync(Activity activity, int index, CancellationToken cancellationToken)
    {
        if (index == _onUpdate.Count)
        {
            return Adapter.UpdateActivityAsync(this, activity, cancellationToken);
        }

        return _onUpdate[index](this, activity, () => RunUpdateHandlersAsync(activity, index + 1, cancellationToken));
    }

    private Task RunDeleteHandlersAsync(ConversationReference reference, int index, CancellationToken cancellationToken)
    {
        if (index == _onDelete.Count)
        {
            return Adapter.DeleteActivityAsync(this, reference, cancellationToken);
        }

        return _onDelete[index](this, reference, () => RunDeleteHandlersAsync(reference, index + 1, cancellationToken));
    }
}
