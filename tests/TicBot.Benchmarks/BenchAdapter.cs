using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;

namespace TicBot.Benchmarks;

/// <summary>An adapter whose channel is a counter: the benchmark measures the turn, not a network.</summary>
internal sealed class BenchAdapter : BotAdapter
{
    private long _sent;

    public long Sent => Interlocked.Read(ref _sent);

    public async Task ProcessAsync(Activity activity, BotCallbackHandler bot, CancellationToken cancellationToken)
    {
        using var turnContext = new TurnContext(this, activity);
        await RunPipelineAsync(turnContext, bot, cancellationToken);
    }

    public override Task<ResourceResponseList> SendActivitiesAsync(ITurnContext turnContext, IList<Activity> activities, CancellationToken cancellationToken)
    {
        Interlocked.Add(ref _sent, activities.Count);
        return Task.FromResult(new ResourceResponseList(activities.Select(_ => new ResourceResponse("1"))));
    }

    public override Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
        => Task.FromResult<ResourceResponse?>(null);

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
        => Task.CompletedTask;
}
