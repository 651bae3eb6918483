using TicBot.BotKit.Storage;

namespace TicBot.Dialogs.Tests.Conversation;

/// <summary>
/// Holds the first writes of keys starting with <c>prefix</c> until <c>parties</c> of them are in flight, so that
/// concurrent turns all write on the same version at once: the race the conditional writes must settle.
/// </summary>
internal sealed class RendezvousStorage(IStorage inner, string prefix, int parties) : IStorage
{
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        => inner.ReadAsync(keys, cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
    {
        if (writes.Any(w => w.Key.StartsWith(prefix, StringComparison.Ordinal)) && Interlocked.Increment(ref _arrived) <= parties)
        {
            if (Volatile.Read(ref _arrived) >= parties)
            {
                _allArrived.TrySetResult();
            }

            await _allArrived.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }

        return await inner.WriteAsync(writes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);

    public Task<StorageKeyPage> ListKeysAsync(string prefix, string? continuationToken, int pageSize, CancellationToken cancellationToken)
        => inner.ListKeysAsync(prefix, continuationToken, pageSize, cancellationToken);
}
