using TicBot.BotKit.Storage;

namespace TicBot.Dialogs.Tests.Conversation;

/// <summary>
/// Holds the first reads of keys starting with <c>prefix</c> until <c>parties</c> of them are in flight, so that
/// concurrent turns all read the same version before any writes: the race the conditional writes must win.
/// </summary>
internal sealed class RendezvousStorage(IStorage inner, string prefix, int parties) : IStorage
{
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var result = await inner.ReadAsync(keys, cancellationToken);
        if (keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal)) && Interlocked.Increment(ref _arrived) <= parties)
        {
            if (_arrived == parties)
            {
                _allArrived.TrySetResult();
            }

            await _allArrived.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }

        return result;
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
        => inner.WriteAsync(writes, cancellationToken);

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);

    public Task<StorageKeyPage> ListKeysAsync(string prefix, string? continuationToken, int pageSize, CancellationToken cancellationToken)
        => inner.ListKeysAsync(prefix, continuationToken, pageSize, cancellationToken);
}
