namespace TicBot.BotKit.Hosting;

/// <summary>
/// The deadline of the turn running on this async flow. The turn's cancellation token already fires at the deadline;
/// this lets a component decide not to start a wait it could not finish (a retry after a long Retry-After, a pause
/// before re-running a turn) instead of starting it and being cancelled midway.
/// </summary>
internal static class TurnDeadline
{
    private static readonly AsyncLocal<DateTimeOffset?> Current = new();

    /// <summary>Sets the deadline for the calling flow until the result is disposed.</summary>
    public static Scope Begin(DateTimeOffset deadline)
    {
        var previous = Current.Value;
        Current.Value = deadline;
        return new Scope(previous);
    }

    /// <summary>The time left before the current turn's deadline, or null outside a turn (proactive work, tests).</summary>
    public static TimeSpan? Remaining(TimeProvider timeProvider)
        => Current.Value is { } deadline ? deadline - timeProvider.GetUtcNow() : null;

    /// <summary>True when a wait of <paramref name="wait"/> would end after the current turn's deadline.</summary>
    public static bool WouldOverrun(TimeSpan wait, TimeProvider timeProvider)
        => Remaining(timeProvider) is { } left && wait >= left;

    internal readonly struct Scope(DateTimeOffset? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
