namespace TicBot.BotKit.Proactive;

/// <summary>The ticks: what may start now under the limits, and when the next tick is worth running.</summary>
internal sealed partial class ProactiveOutbox
{
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
