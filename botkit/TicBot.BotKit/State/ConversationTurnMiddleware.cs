using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.State;

/// <summary>
/// Makes every turn all-or-nothing and runs each activity once. Turns of one conversation run one at a time in the
/// process (queued without blocking a thread; the wait is bounded by the turn's token). The turn's outgoing activities
/// are held (typing excepted) until the given states are saved, conditionally; if another instance changed a state
/// meanwhile, what the turn already wrote is put back, the held activities are dropped, the states are reloaded and the
/// turn runs again, a few times with random pauses that never outlast the turn's deadline. If it still conflicts, the
/// user is asked in their language to try again (a card's invoke gets it as its answer) and nothing of the turn is kept.
/// An activity delivered again (same channel, conversation and id) runs no turn: every document a turn changes records
/// the activity, so a later load of it anywhere recognises the redelivery; the activities of turns that wrote nothing
/// are remembered in memory (<see cref="ConversationTurnOptions.RememberHandledActivities"/>). The redelivery gets 200,
/// and an invoke the answer it got first (or, when not remembered here, a message saying it was already taken into account).
/// Invoke responses and <c>expectReplies</c> work because held activities reach the adapter, after the
/// save, before the turn ends.
/// </summary>
/// <remarks>
/// Sends return provisional ids (<c>ticbot-held-…</c>): the turn may update or delete those activities,
/// which edits them in the outbox, but must not keep the ids for later turns. Updates and deletions of
/// activities sent by earlier turns go to the channel at once, because the caller may need the channel's
/// answer (e.g. to send a card anew when it cannot be updated); a re-run updates them again.
/// </remarks>
public sealed partial class ConversationTurnMiddleware : IMiddleware
{
    private static readonly AsyncLocal<ImmutableHashSet<string>?> HeldKeys = new();
    private readonly IReadOnlyList<BotState> _states;
    private readonly TimeProvider _timeProvider;
    private readonly ConversationTurnOptions _options;
    private readonly ILogger _logger;
    private readonly KeyedAsyncLock _locks = new();
    private readonly RecentActivities _recent;
    private readonly BotKitMetrics? _metrics;
    private long _abandonedTurns;
    private long _retries;

    /// <param name="states">The states saved at the end of each turn, in this order (conversation state first: it is the likeliest to conflict).</param>
    /// <param name="metrics">Where redeliveries are counted (optional).</param>
    public ConversationTurnMiddleware(
        IEnumerable<BotState> states,
        TimeProvider timeProvider,
        ConversationTurnOptions? options = null,
        ILogger<ConversationTurnMiddleware>? logger = null,
        BotKitMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(states);
        _states = [.. states];
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _options = options ?? new ConversationTurnOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxAttempts, 1);
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _metrics = metrics;
        _recent = new RecentActivities(_timeProvider, _options.RememberHandledActivities);
    }

    /// <summary>Turns that exhausted their attempts since the process started (for tests and metrics).</summary>
    public long AbandonedTurns => Interlocked.Read(ref _abandonedTurns);

    /// <summary>Re-runs caused by conflicts since the process started.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var key = LockKey(turnContext);
        var held = HeldKeys.Value ?? [];
        // A turn started from inside a turn of the same conversation must not wait for itself.
        if (key is null || held.Contains(key))
        {
            await RunAsync(turnContext, next, cancellationToken);
            return;
        }

        using (await _locks.AcquireAsync(key, cancellationToken))
        {
            HeldKeys.Value = held.Add(key);
            try
            {
                await RunAsync(turnContext, next, cancellationToken);
            }
            finally
            {
                HeldKeys.Value = held;
            }
        }
    }

    private static string? LockKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        return string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : $"{activity.ChannelId}/{activity.Conversation.Id}";
    }
}
