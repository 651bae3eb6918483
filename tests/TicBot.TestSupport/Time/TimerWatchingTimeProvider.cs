using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace TicBot.TestSupport;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports each timer the code under test starts (created with a due time, or
/// armed later with <see cref="ITimer.Change"/>, as pooled cancellation sources are), so a test can wait for the wait it
/// expects and advance the clock by exactly that much, instead of pumping the clock against real time.
/// </summary>
public sealed class TimerWatchingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(base.CreateTimer(callback, state, dueTime, period), this);
        Report(dueTime);
        return timer;
    }

    /// <summary>
    /// Waits for the next timer whose due time matches (earlier ones are skipped) and returns its due time. The real-time
    /// bound only keeps a broken test from hanging; it asserts nothing about speed.
    /// </summary>
    /// <exception cref="TimeoutException">No such timer started within 30 seconds of real time.</exception>
    public async Task<TimeSpan> NextTimerAsync(Func<TimeSpan, bool> match, CancellationToken cancellationToken)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            while (true)
            {
                var due = await _started.Reader.ReadAsync(bound.Token);
                if (match(due))
                {
                    return due;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("The expected timer never started.");
        }
    }

    /// <summary>Waits for the next matching timer and advances the clock by exactly its due time.</summary>
    public async Task<TimeSpan> AdvanceByNextTimerAsync(Func<TimeSpan, bool> match, CancellationToken cancellationToken)
    {
        var due = await NextTimerAsync(match, cancellationToken);
        Advance(due);
        return due;
    }

    private void Report(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _started.Writer.TryWrite(dueTime);
        }
    }

    private sealed class WatchedTimer(ITimer inner, TimerWatchingTimeProvider owner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            owner.Report(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
