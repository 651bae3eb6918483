using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.State;

/// <summary>
/// Makes every turn all-or-nothing. Turns of one conversation run one at a time in the process (queued
/// without blocking a thread). The turn's outgoing activities are held (typing excepted) until the given
/// states are saved, conditionally; if another instance changed the state meanwhile, the held activities
/// are dropped, the state is reloaded and the turn runs again, a few times with random pauses. If it
/// still conflicts, the user is asked in their language to try again and nothing of the turn is kept.
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
    private long _abandonedTurns;
    private long _retries;

    /// <param name="states">The states saved at the end of each turn, in this order (conversation state first: it is the likeliest to conflict).</param>
    public ConversationTurnMiddleware(IEnumerable<BotState> states, TimeProvider timeProvider, ConversationTurnOptions? options = null, ILogger<ConversationTurnMiddleware>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(states);
        _states = [.. states];
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _options = options ?? new ConversationTurnOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxAttempts, 1);
        _logger = logger ?? (ILogger)NullLogger.Instance;
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
