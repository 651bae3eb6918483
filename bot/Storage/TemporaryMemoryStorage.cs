using System.Globalization;
using System.Text.Json;
using TicBot.BotKit.Storage;

namespace TicBot.Bot.Storage;

/// <summary>
/// TEMPORARY: an in-memory <see cref="IStorage"/> so the bot runs before the storage branch lands its
/// MemoryStorage. Remove it (and its registration in BotServiceExtensions) when <c>AddBotStorage</c> exists.
/// </summary>
internal sealed class TemporaryMemoryStorage : IStorage
{
    private readonly SortedDictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _version;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            var found = keys.Distinct(StringComparer.Ordinal).Where(_items.ContainsKey).ToDictionary(k => k, k => _items[k], StringComparer.Ordinal);
            return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
        }
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var write in writes)
            {
                _items.TryGetValue(write.Key, out var current);
                var conflict = write.CreateOnly ? current is not null : !write.IsUnconditional && current?.ETag != write.ETag;
                if (conflict)
                {
                    throw new StorageConflictException(write.Key);
                }

                var etag = (++_version).ToString(CultureInfo.InvariantCulture);
                using var copy = JsonDocument.Parse(write.Value.GetRawText());
                _items[write.Key] = new StoreItem(copy.RootElement.Clone(), etag);
                etags[write.Key] = etag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task<StorageKeyPage> ListKeysAsync(string prefix, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        lock (_lock)
        {
            var keys = _items.Keys
                .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && (continuationToken is null || string.CompareOrdinal(k, continuationToken) > 0))
                .Take(pageSize + 1)
                .ToList();
            var more = keys.Count > pageSize;
            var page = keys.Take(pageSize).ToList();
            return Task.FromResult(new StorageKeyPage(page, more ? page[^1] : null));
        }
    }
}
