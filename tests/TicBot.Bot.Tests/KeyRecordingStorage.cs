using System.Collections.Concurrent;
using TicBot.BotKit.Storage;

namespace TicBot.Bot.Tests;

/// <summary>An in-memory store that records the key of every write, to count what a turn wrote.</summary>
internal sealed class KeyRecordingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();

    public ConcurrentQueue<string> WrittenKeys { get; } = new();

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        => _inner.ReadAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
    {
        foreach (var write in writes)
        {
            WrittenKeys.Enqueue(write.Key);
        }

        return _inner.WriteAsync(writes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => _inner.DeleteAsync(keys, cancellationToken);

    public Task<StorageKeyPage> ListKeysAsync(string prefix, string? continuationToken, int pageSize, CancellationToken cancellationToken)
        => _inner.ListKeysAsync(prefix, continuationToken, pageSize, cancellationToken);
}
