using Microsoft.Extensions.Caching.Memory;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.State;

/// <summary>
/// A per-process cache of state documents with their ETags, shared by the hosts' <see cref="BotState"/>s.
/// A cached document is never trusted blindly: the turn's conditional write proves it was current, and a
/// conflict evicts it so the re-run reads the store. It saves the read of every steady-state turn.
/// </summary>
/// <remarks>
/// Bounded by <see cref="Capacity"/> documents on a size-limited <see cref="MemoryCache"/>: at capacity a new
/// document is not cached and a tenth of the entries, the least recently used first, are evicted in the background.
/// Only the conversations that went quiet read the store again — the cache is never emptied at once, which would
/// make every active conversation read at the same moment.
/// </remarks>
public sealed class BotStateCache : IDisposable
{
    private readonly MemoryCache _items;

    /// <param name="capacity">Documents kept at most (default 10 000).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is below 1.</exception>
    public BotStateCache(int capacity = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _items = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, CompactionPercentage = 0.1 });
    }

    /// <value>The most documents held at once.</value>
    public int Capacity { get; }

    /// <value>The documents held now (never more than <see cref="Capacity"/>).</value>
    public int Count => _items.Count;

    public bool TryGet(string key, out StoreItem item) => _items.TryGetValue(key, out item!);

    /// <summary>Caches the document, replacing any previous version; at capacity a new key is not kept (see remarks).</summary>
    public void Set(string key, StoreItem item)
    {
        using var entry = _items.CreateEntry(key);
        entry.Size = 1;
        entry.Value = item;
    }

    public void Remove(string key) => _items.Remove(key);

    /// <summary>Empties the cache and releases it; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose() => _items.Dispose();
}
