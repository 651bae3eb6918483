namespace TicBot.BotKit.Storage;

/// <summary>
/// An <see cref="IStorage"/> keeping one JSON file per key in a folder: the embedded default store.
/// Every write goes to a temporary file that is flushed to disk, then renamed over the old one, so a
/// process killed mid-write leaves the old or the new document, never a torn one. Writes to a key are
/// serialized inside the process, which makes ETag and create-only conditions exact under concurrency.
/// The folder belongs to one instance: keys are indexed in memory when it opens (one pass over the folder;
/// the files whose shortened name hides their key are read in the background, and only the first listing
/// waits for them), so that listing a page costs the page and reads no directory. Files put there by anyone
/// else are listed after the next open.
/// </summary>
public sealed partial class FileStorage : IStorage
{
    private const string Extension = ".json";
    private const string TempMark = ".tmp-";

    // 150 characters keeps full paths comfortably under the usual 255-byte name and 260-char path limits.
    private static readonly KeyEncoder Encoder = new(keepUppercase: false, maxLength: 150);
    private readonly KeyedAsyncLock _locks = new();
    private readonly KeyIndex _index;

    /// <param name="folder">The folder holding the documents; created if missing.</param>
    public FileStorage(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = System.IO.Path.GetFullPath(folder);
        Directory.CreateDirectory(Folder);
        _index = KeyIndex.BeginBuild();
        var names = OpenFolder();
        _ = Task.Run(() => BuildIndex(names));
    }

    /// <summary>The absolute folder.</summary>
    public string Folder { get; }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageKeys.ValidateKeys(keys);
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (await ReadEnvelopeAsync(PathOf(key), cancellationToken) is { } envelope && envelope.Key == key)
            {
                result[key] = new StoreItem(envelope.Value, envelope.ETag);
            }
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
    {
        StorageKeys.ValidateWrites(writes);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var write in writes)
        {
            var path = PathOf(write.Key);
            using (await _locks.AcquireAsync(path, cancellationToken))
            {
                string? current = null;
                if (!write.IsUnconditional)
                {
                    current = (await ReadEnvelopeAsync(path, cancellationToken))?.ETag;
                }

                if (!MemoryStorage.ConditionHolds(write, current))
                {
                    throw new StorageConflictException(write.Key);
                }

                var etag = $"\"{Guid.NewGuid():N}\"";
                await ReplaceAsync(path, new Envelope(write.Key, etag, write.Value), cancellationToken);
                _index.Add(write.Key);
                result[write.Key] = etag;
            }
        }

        return result;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageKeys.ValidateKeys(keys);
        foreach (var key in keys)
        {
            var path = PathOf(key);
            using (await _locks.AcquireAsync(path, cancellationToken))
            {
                File.Delete(path);
                _index.Remove(key);
            }
        }
    }

    public async Task<StorageKeyPage> ListKeysAsync(string prefix, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        StorageKeys.ValidateListing(prefix, pageSize);
        await _index.Built.WaitAsync(cancellationToken);
        return _index.Page(prefix, continuationToken, pageSize);
    }

    private string PathOf(string key) => System.IO.Path.Combine(Folder, Encoder.Encode(key) + Extension);
}
