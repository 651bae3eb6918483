using System.Collections.Concurrent;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Tests.State;

/// <summary>A minimal adapter for the state tests: runs turns, records what reaches the channel.</summary>
internal sealed class StateTestAdapter : BotAdapter
{
    private int _ids;

    public ConcurrentQueue<Activity> Sent { get; } = new();

    public ConcurrentQueue<Activity> Updated { get; } = new();

    /// <summary>When true, sends fail as a connector that refuses them would.</summary>
    public bool FailSends { get; set; }

    /// <param name="forcedLanguage">The bot's language setting, as the CloudAdapter puts it in the turn state.</param>
    public async Task<TurnContext> ProcessAsync(Activity activity, BotCallbackHandler bot, CancellationToken cancellationToken, string? forcedLanguage = null)
    {
        var turnContext = new TurnContext(this, activity);
        if (forcedLanguage is not null)
        {
            turnContext.TurnState[TicBot.BotKit.Dialogs.DialogContext.ForcedLanguageKey] = forcedLanguage;
        }

        await RunPipelineAsync(turnContext, bot, cancellationToken);
        return turnContext;
    }

    public override Task<ResourceResponseList> SendActivitiesAsync(ITurnContext turnContext, IList<Activity> activities, CancellationToken cancellationToken)
    {
        if (FailSends)
        {
            throw new InvalidOperationException("The channel refused the send.");
        }

        var responses = new ResourceResponseList();
        foreach (var activity in activities)
        {
            Sent.Enqueue(activity);
            responses.Add(new ResourceResponse($"sent-{Interlocked.Increment(ref _ids)}"));
        }

        return Task.FromResult(responses);
    }

    public override Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        Updated.Enqueue(activity);
        return Task.FromResult<ResourceResponse?>(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
        => Task.CompletedTask;

    public static Activity Message(string text, string conversationId = "conv-1", string userId = "user-1", string locale = "fr-FR", string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        Text = text,
        ChannelId = "test",
        Locale = locale,
        ServiceUrl = "http://localhost/",
        From = new ChannelAccount { Id = userId, Name = "Élise" },
        Recipient = new ChannelAccount { Id = "bot", Name = "TicBot" },
        Conversation = new ConversationAccount { Id = conversationId },
    };
}
