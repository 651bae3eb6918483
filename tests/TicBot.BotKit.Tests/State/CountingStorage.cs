using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Tests.State;

/// <summary>Counts requests, and can run something just before a write (to stage a concurrent change).</summary>
internal sealed class CountingStorage(IStorage inner) : IStorage
{
    private int _reads;
    private int _writes;

    public int Reads => _reads;

    public int Writes => _writes;

    public IStorage Inner => inner;

    /// <summary>Runs before each write; return normally to let the write proceed.</summary>
    public Func<IReadOnlyCollection<StorageWrite>, Task>? BeforeWrite { get; set; }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadAsync(keys, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        if (BeforeWrite is not null)
        {
            await BeforeWrite(writes);
        }

        return await inner.WriteAsync(writes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        => inner.DeleteAsync(keys, cancellationToken);

    public Task<StorageKeyPage> ListKeysAsync(string prefix, string? continuationToken, int pageSize, CancellationToken cancellationToken)
        => inner.ListKeysAsync(prefix, continuationToken, pageSize, cancellationToken);
}
