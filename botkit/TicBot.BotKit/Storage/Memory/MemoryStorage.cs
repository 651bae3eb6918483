
namespace TicBot.BotKit.Storage;

/// <summary>
/// An in-process <see cref="IStorage"/> for tests and single-process experiments. It honours the full
/// contract (ETags, create-only, listing in <see cref="IStorage.ListKeysAsync"/>'s order) so that code tested against it behaves the same on the
/// durable stores. Thread safe.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly KeyIndex _index = new();
    private long _version;

    /// <summary>The number of items stored (for tests).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageKeys.ValidateKeys(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    result[key] = item;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(result);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
    {
        StorageKeys.ValidateWrites(writes);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_gate)
        {
            // Items are applied in order and the first failed condition stops the batch, as on the durable stores.
            foreach (var write in writes)
            {
                _items.TryGetValue(write.Key, out var current);
                if (!ConditionHolds(write, current?.ETag))
                {
                    throw new StorageConflictException(write.Key);
                }

                var etag = $"\"{++_version}\"";
                _items[write.Key] = new StoreItem(write.Value.Clone(), etag);
                if (current is null)
                {
                    _index.Add(write.Key);
                }

                result[write.Key] = etag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(result);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageKeys.ValidateKeys(keys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.Remove(key))
                {
                    _index.Remove(key);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<StorageKeyPage> ListKeysAsync(string prefix, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        StorageKeys.ValidateListing(prefix, pageSize);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_index.Page(prefix, continuationToken, pageSize));
    }

    internal static bool ConditionHolds(StorageWrite write, string? currentETag)
    {
        if (write.CreateOnly)
        {
            return currentETag is null;
        }

        return write.IsUnconditional || string.Equals(write.ETag, currentETag, StringComparison.Ordinal);
    }
}
