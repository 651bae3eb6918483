using System.Collections.Concurrent;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.State;

/// <summary>
/// The activities this process answered in the last minutes, with the invoke answer they got: a redelivery of one is
/// answered the same way without running a turn. Turns that wrote state are also recognised from the documents (across
/// instances); this covers the read-only ones. Bounded: past the limit, expired entries go, then everything.
/// </summary>
internal sealed class RecentActivities(TimeProvider timeProvider, TimeSpan lifetime, int capacity = 50_000)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string marker, out InvokeResponse? answer)
    {
        answer = null;
        if (!_entries.TryGetValue(marker, out var entry))
        {
            return false;
        }

        if (entry.ExpiresAt <= timeProvider.GetUtcNow())
        {
            _entries.TryRemove(marker, out _);
            return false;
        }

        answer = entry.Answer;
        return true;
    }

    public void Remember(string marker, InvokeResponse? answer)
    {
        var now = timeProvider.GetUtcNow();
        if (_entries.Count >= capacity)
        {
            foreach (var (key, entry) in _entries)
            {
                if (entry.ExpiresAt <= now)
                {
                    _entries.TryRemove(key, out _);
                }
            }

            if (_entries.Count >= capacity)
            {
                _entries.Clear();
            }
        }

        _entries[marker] = new Entry(now + lifetime, answer);
    }

    private sealed record Entry(DateTimeOffset ExpiresAt, InvokeResponse? Answer);
}
