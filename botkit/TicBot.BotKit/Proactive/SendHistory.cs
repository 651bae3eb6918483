namespace TicBot.BotKit.Proactive;

/// <summary>
/// The times of the recent sends to one conversation (or one tenant), in order, and the earliest time the next may
/// go without any window holding more than its limit.
/// </summary>
internal sealed class SendHistory
{
    private readonly List<DateTimeOffset> _sends = [];

    public bool IsEmpty => _sends.Count == 0;

    /// <summary>
    /// The earliest time from <paramref name="now"/> at which a send keeps every limit: with <c>n</c> sends allowed
    /// per window <c>w</c>, the next must come at least <c>w</c> after the n-th most recent one.
    /// </summary>
    public DateTimeOffset NextAllowed(IReadOnlyList<RateLimit> limits, DateTimeOffset now)
    {
        var next = now;
        foreach (var limit in limits)
        {
            if (_sends.Count >= limit.Count)
            {
                var bound = _sends[^limit.Count] + limit.Window;
                next = bound > next ? bound : next;
            }
        }

        return next;
    }

    /// <summary>Records a send at <paramref name="at"/> (times come from one clock, so they only grow).</summary>
    public void Record(DateTimeOffset at) => _sends.Add(at);

    /// <summary>Forgets sends older than <paramref name="longest"/>: no window looks that far back.</summary>
    public void Prune(DateTimeOffset now, TimeSpan longest)
    {
        var cutoff = now - longest;
        var old = 0;
        while (old < _sends.Count && _sends[old] <= cutoff)
        {
            old++;
        }

        _sends.RemoveRange(0, old);
    }
}
