using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.State;

/// <summary>
/// Keeps a turn's outgoing activities until its state is saved. Typing indicators go at once. Held
/// activities get provisional ids so that the turn may still update or delete them before release.
/// </summary>
internal sealed class HeldOutbox
{
    private const string ProvisionalPrefix = "ticbot-held-";
    private readonly List<(IList<Activity> Activities, Func<Task<ResourceResponseList>> Next)> _held = [];

    /// <value>While true, sends are held; false passes them straight on.</value>
    public bool Holding { get; set; }

    public int HeldCount => _held.Sum(batch => batch.Activities.Count);

    public void Attach(ITurnContext turnContext)
    {
        turnContext.OnSendActivities(OnSendAsync);
        turnContext.OnUpdateActivity(OnUpdateAsync);
        turnContext.OnDeleteActivity(OnDeleteAsync);
    }

    /// <summary>Forgets what the attempt wanted to send.</summary>
    public void Drop() => _held.Clear();

    /// <summary>Passes the held activities on, in the order they were sent.</summary>
    public async Task ReleaseAsync()
    {
        Holding = false;
        var batches = _held.ToList();
        _held.Clear();
        foreach (var (activities, next) in batches)
        {
            foreach (var activity in activities.Where(a => a.Id?.StartsWith(ProvisionalPrefix, StringComparison.Ordinal) == true))
            {
                activity.Id = null;
            }

            if (activities.Count > 0)
            {
                await next();
            }
        }
    }

    private Task<ResourceResponseList> OnSendAsync(ITurnContext turnContext, IList<Activity> activities, Func<Task<ResourceResponseList>> next)
    {
        if (!Holding || activities.All(a => a.Type == ActivityTypes.Typing))
        {
            return next();
        }

        var responses = new ResourceResponseList();
        foreach (var activity in activities)
        {
            activity.Id = ProvisionalPrefix + Guid.NewGuid().ToString("N");
            responses.Add(new ResourceResponse(activity.Id));
        }

        _held.Add((activities, next));
        return Task.FromResult(responses);
    }

    private Task<ResourceResponse?> OnUpdateAsync(ITurnContext turnContext, Activity activity, Func<Task<ResourceResponse?>> next)
    {
        foreach (var (activities, _) in _held)
        {
            for (var i = 0; i < activities.Count; i++)
            {
                if (activity.Id is not null && activities[i].Id == activity.Id)
                {
                    activity.ReplyToId = activities[i].ReplyToId;
                    activities[i] = activity;
                    return Task.FromResult<ResourceResponse?>(new ResourceResponse(activity.Id));
                }
            }
        }

        return next();
    }

    private Task OnDeleteAsync(ITurnContext turnContext, ConversationReference reference, Func<Task> next)
    {
        foreach (var (activities, _) in _held)
        {
            for (var i = 0; i < activities.Count; i++)
            {
                if (reference.ActivityId is not null && activities[i].Id == reference.ActivityId)
                {
                    activities.RemoveAt(i);
                    return Task.CompletedTask;
                }
            }
        }

        return next();
    }
}
