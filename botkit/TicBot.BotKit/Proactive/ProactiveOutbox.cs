using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TicBot.BotKit.Connector;

namespace TicBot.BotKit.Proactive;

/// <summary>
/// The outbox of proactive connector calls. Each conversation (lane) is sent in order, one call at a time, and never
/// faster than Teams allows (<see cref="TeamsRateLimits.PerConversation"/>); all calls for one tenant stay under
/// <see cref="ProactiveOptions.TenantRequestsPerSecond"/>. A 429 waits for its <c>Retry-After</c>; 412, 5xx and
/// connections that never opened are retried with backoff; other failures end the request with a reason. Callers
/// await <see cref="SendAsync"/>; nothing here runs inside a user's turn.
/// </summary>
/// <remarks>
/// Held in memory: a process that stops cancels what waits. Its callers (the reminder scheduler) keep their own
/// durable record and retry. Time comes from the <see cref="TimeProvider"/>; <see cref="RunDue"/> is one tick, and
/// <see cref="WaitForWorkAsync"/> sleeps until the next one is worth running.
/// </remarks>
internal sealed partial class ProactiveOutbox
{
    private static readonly TimeSpan LongestWindow = TimeSpan.FromHours(1);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, OutboxLane> _lanes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SendHistory> _tenants = new(StringComparer.Ordinal);
    private readonly IConnectorClient _connector;
    private readonly TimeProvider _time;
    private readonly ProactiveOptions _options;
    private readonly IReadOnlyList<RateLimit> _tenantLimits;
    private readonly ILogger<ProactiveOutbox> _logger;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _lastPrune;
    private long _sequence;
    private int _queued;
    private int _inFlight;

    public ProactiveOutbox(IConnectorClient connector, TimeProvider timeProvider, IOptions<ProactiveOptions> options, ILogger<ProactiveOutbox> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connector = connector;
        _time = timeProvider;
        _options = options.Value;
        _tenantLimits = TeamsRateLimits.PerTenant(_options.TenantRequestsPerSecond);
        _logger = logger;
        _lastPrune = timeProvider.GetUtcNow();
    }

    /// <summary>
    /// Queues <paramref name="request"/> and completes when it is done or given up (never faults). Cancelling
    /// <paramref name="cancellationToken"/> withdraws it while it waits; a call already with the connector finishes.
    /// </summary>
    public Task<OutboxResult> SendAsync(OutboxRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        OutboxItem item;
        lock (_gate)
        {
            if (_queued >= _options.MaxQueuedSends)
            {
                return Task.FromResult(new OutboxResult(DeliveryReason.QueueFull, 0));
            }

            item = new OutboxItem(request, ++_sequence, cancellationToken) { NotBefore = _time.GetUtcNow() };
            Lane(request.Lane).Waiting.AddLast(item);
            _queued++;
        }

        if (cancellationToken.CanBeCanceled)
        {
            item.CallerCancellation = cancellationToken.Register(() => Withdraw(item));
        }

        Signal();
        return item.Completion.Task;
    }

    /// <summary>Cancels every request still waiting (the host is stopping).</summary>
    public void CancelWaiting()
    {
        List<OutboxItem> waiting;
        lock (_gate)
        {
            waiting = [.. _lanes.Values.SelectMany(l => l.Waiting)];
            foreach (var lane in _lanes.Values)
            {
                lane.Waiting.Clear();
            }

            _queued = 0;
        }

        foreach (var item in waiting)
        {
            item.CallerCancellation.Dispose();
            item.Completion.TrySetCanceled();
        }
    }

    private void Withdraw(OutboxItem item)
    {
        lock (_gate)
        {
            if (!_lanes.TryGetValue(item.Request.Lane, out var lane) || !lane.Waiting.Remove(item))
            {
                return;
            }

            _queued--;
        }

        item.Completion.TrySetCanceled(item.CallerToken);
    }

    private void Signal()
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        previous.TrySetResult();
    }
}
