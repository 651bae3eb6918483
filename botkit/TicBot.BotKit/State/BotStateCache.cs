using System.Collections.Concurrent;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.State;

/// <summary>
/// A per-process cache of state documents with their ETags, shared by the hosts' <see cref="BotState"/>s.
/// A cached document is never trusted blindly: the turn's conditional write proves it was current, and a
/// conflict evicts it so the re-run reads the store. It saves the read of every steady-state turn.
/// </summary>
public sealed class BotStateCache
{
    private readonly ConcurrentDictionary<string, StoreItem> _items = new(StringComparer.Ordinal);

    /// <param name="capacity">Documents kept at most; beyond it the cache is emptied (default 10 000).</param>
    public BotStateCache(int capacity = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count => _items.Count;

    public bool TryGet(string key, out StoreItem item) => _items.TryGetValue(key, out item!);

    public void Set(string key, StoreItem item)
    {
        // Emptying is cheap and keeps the bound strict; the next turn of each conversation just reads again.
        if (_items.Count >= Capacity && !_items.ContainsKey(key))
        {
            _items.Clear();
        }

        _items[key] = item;
    }

    public void Remove(string key) => _items.TryRemove(key, out _);
}
