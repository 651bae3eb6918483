using System.Globalization;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Testing;

/// <summary>
/// An adapter for tests: no network. Inbound activities are completed from <see cref="Conversation"/>,
/// stamped with the <see cref="TimeProvider"/>'s time, and the bot's replies wait in a queue.
/// Pass a <c>FakeTimeProvider</c> to control time.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly Queue<Activity> _replies = new();
    private readonly List<Activity> _updates = [];
    private readonly List<string> _deletedIds = [];
    private readonly List<InvokeResponse?> _invokeResponses = [];
    // Ids are unique across adapters too: the turn middleware takes a known id for a redelivery.
    private readonly string _idPrefix = Guid.NewGuid().ToString("N")[..8];
    private int _nextId;

    /// <param name="conversation">The conversation the test plays in; a personal Teams-like chat by default.</param>
    /// <param name="timeProvider">The clock for timestamps; the system clock by default.</param>
    public TestAdapter(ConversationReference? conversation = null, TimeProvider? timeProvider = null)
    {
        Conversation = conversation ?? CreateConversation("test");
        TimeProvider = timeProvider ?? TimeProvider.System;
    }

    public ConversationReference Conversation { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>The locale stamped on inbound activities that have none. Default <c>fr-FR</c>.</summary>
    public string Locale { get; set; } = "fr-FR";

    /// <summary>Replies not yet checked, in the order sent.</summary>
    public IReadOnlyCollection<Activity> ActiveQueue => _replies;

    public IReadOnlyList<Activity> Updates => _updates;

    public IReadOnlyList<string> DeletedActivityIds => _deletedIds;

    /// <summary>The invoke response of each invoke turn processed, in order (null when the bot set none).</summary>
    public IReadOnlyList<InvokeResponse?> InvokeResponses => _invokeResponses;

    /// <summary>A personal conversation between <c>user-1</c> and <c>bot</c> on channel <paramref name="channelId"/>.</summary>
    public static ConversationReference CreateConversation(string channelId, string conversationId = "conversation-1", string conversationType = "personal") => new()
    {
        ChannelId = channelId,
        ServiceUrl = "https://test.invalid/",
        User = new ChannelAccount { Id = "user-1", Name = "Utilisatrice" },
        Bot = new ChannelAccount { Id = "bot", Name = "TicBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = conversationType, IsGroup = conversationType != "personal" },
    };

    /// <summary>A message from the user carrying <paramref name="text"/>.</summary>
    public Activity MakeActivity(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>Runs one turn of the bot on <paramref name="activity"/> through the middleware.</summary>
    public async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        activity.Type ??= ActivityTypes.Message;
        activity.Id ??= NextId();
        activity.Timestamp ??= TimeProvider.GetUtcNow();
        activity.Locale ??= Locale;
        activity.ApplyConversationReference(Conversation, isIncoming: true);
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, callback, cancellationToken);
        if (activity.Type == ActivityTypes.Invoke)
        {
            _invokeResponses.Add(context.GetInvokeResponse());
        }
    }

    public Task SendTextToBotAsync(string text, BotCallbackHandler callback, CancellationToken cancellationToken)
        => ProcessActivityAsync(MakeActivity(text), callback, cancellationToken);

    /// <summary>The id of the last question the bot asked with a card (see <see cref="Prompts.QuestionStamp"/>); null before any.</summary>
    public string? LastQuestionId { get; private set; }

    /// <summary>The oldest reply not yet checked, or null.</summary>
    public Activity? GetNextReply() => _replies.TryDequeue(out var reply) ? reply : null;

    public override Task<ResourceResponseList> SendActivitiesAsync(ITurnContext turnContext, IList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponseList();
        foreach (var activity in activities)
        {
            activity.Id ??= NextId();
            activity.Timestamp ??= TimeProvider.GetUtcNow();
            _replies.Enqueue(activity);
            LastQuestionId = Prompts.QuestionStamp.Asked(activity) ?? LastQuestionId;
            responses.Add(new ResourceResponse(activity.Id));
        }

        return Task.FromResult(responses);
    }

    public override Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        _updates.Add(activity);
        return Task.FromResult<ResourceResponse?>(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.ActivityId is { } id)
        {
            _deletedIds.Add(id);
        }

        return Task.CompletedTask;
    }

    private string NextId() => _idPrefix + "-" + Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
