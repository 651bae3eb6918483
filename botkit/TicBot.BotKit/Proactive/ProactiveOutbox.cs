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

    /// <summary>
    /// One tick: starts every waiting request whose lane is free and whose limits allow it now, oldest first, up to
    /// <see cref="ProactiveOptions.MaxConcurrentSends"/> in flight.
    /// </summary>
    /// <returns>The calls started (each completes when its call ends; none faults).</returns>
    public IReadOnlyList<Task> RunDue(CancellationToken cancellationToken)
    {
        var starting = new List<OutboxItem>();
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            PruneIfDue(now);
            var ready = _lanes.Values
                .Where(l => !l.Busy && l.Waiting.First is { } head && head.Value.NotBefore <= now)
                .OrderBy(l => l.Waiting.First!.Value.Sequence)
                .ToList();
            foreach (var lane in ready)
            {
                if (_inFlight >= _options.MaxConcurrentSends)
                {
                    break;
                }

                var item = lane.Waiting.First!.Value;
                var tenant = Tenant(item.Request.TenantId);
                if (lane.History.NextAllowed(TeamsRateLimits.PerConversation, now) > now || tenant.NextAllowed(_tenantLimits, now) > now)
                {
                    continue;
                }

                lane.Waiting.RemoveFirst();
                lane.Busy = true;
                lane.History.Record(now);
                tenant.Record(now);
                _queued--;
                _inFlight++;
                starting.Add(item);
            }
        }

        return [.. starting.Select(item => ExecuteAsync(item, cancellationToken))];
    }

    /// <summary>When the next tick has something to start; null when only a new request or a finished call can change that.</summary>
    public DateTimeOffset? NextDueAt
    {
        get
        {
            lock (_gate)
            {
                return NextDue(_time.GetUtcNow());
            }
        }
    }

    /// <summary>Waits until <see cref="NextDueAt"/>, or until a request arrives or a call ends.</summary>
    public async Task WaitForWorkAsync(CancellationToken cancellationToken)
    {
        Task changed;
        DateTimeOffset now;
        DateTimeOffset? next;
        lock (_gate)
        {
            changed = _changed.Task;
            now = _time.GetUtcNow();
            next = NextDue(now);
        }

        if (next <= now)
        {
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sleep = Task.Delay(next is { } at ? at - now : Timeout.InfiniteTimeSpan, _time, stop.Token);
        await Task.WhenAny(changed, sleep);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
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
            item.Completion.TrySetCanceled();
        }
    }

    private DateTimeOffset? NextDue(DateTimeOffset now)
    {
        if (_inFlight >= _options.MaxConcurrentSends)
        {
            return null;
        }

        DateTimeOffset? next = null;
        foreach (var lane in _lanes.Values)
        {
            if (lane.Busy || lane.Waiting.First?.Value is not { } head)
            {
                continue;
            }

            var at = Later(head.NotBefore, lane.History.NextAllowed(TeamsRateLimits.PerConversation, now));
            if (_tenants.TryGetValue(head.Request.TenantId ?? string.Empty, out var tenant))
            {
                at = Later(at, tenant.NextAllowed(_tenantLimits, now));
            }

            next = next is null || at < next ? at : next;
        }

        return next;
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

    private OutboxLane Lane(string key)
    {
        if (!_lanes.TryGetValue(key, out var lane))
        {
            lane = new OutboxLane();
            _lanes[key] = lane;
        }

        return lane;
    }

    private SendHistory Tenant(string? tenantId)
    {
        if (!_tenants.TryGetValue(tenantId ?? string.Empty, out var history))
        {
            history = new SendHistory();
            _tenants[tenantId ?? string.Empty] = history;
        }

        return history;
    }

    private void PruneIfDue(DateTimeOffset now)
    {
        if (now - _lastPrune < PruneEvery)
        {
            return;
        }

        _lastPrune = now;
        foreach (var (key, lane) in _lanes.ToList())
        {
            lane.History.Prune(now, LongestWindow);
            if (!lane.Busy && lane.Waiting.Count == 0 && lane.History.IsEmpty)
            {
                _lanes.Remove(key);
            }
        }

        foreach (var (key, tenant) in _tenants.ToList())
        {
            tenant.Prune(now, _tenantLimits.Max(l => l.Window));
            if (tenant.IsEmpty)
            {
                _tenants.Remove(key);
            }
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
