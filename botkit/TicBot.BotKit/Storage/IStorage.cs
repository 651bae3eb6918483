namespace TicBot.BotKit.Storage;

/// <summary>
/// A store of JSON documents by key, with optimistic concurrency. Every store (memory, file, Azure Blob)
/// honours the same contract; conflicts always surface as <see cref="StorageConflictException"/>.
/// Keys are any non-empty, well-formed Unicode strings (slashes, colons, spaces, accents, 400+ characters
/// are fine; stores encode them as they need). An empty key or one with a lone surrogate throws
/// <see cref="ArgumentException"/>.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the given keys; keys that do not exist are simply absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the given items. An item whose <see cref="StorageWrite.ETag"/> is null or <c>*</c> is written
    /// unconditionally; a concrete ETag writes only if the stored one is unchanged;
    /// <see cref="StorageWrite.CreateOnly"/> writes only if the key is absent.
    /// </summary>
    /// <remarks>Items are written in order, each on its own: at the first failed condition the call throws;
    /// items before it stay written, that item and the ones after it are not written.</remarks>
    /// <returns>The new ETag of each key written.</returns>
    /// <exception cref="StorageConflictException">A condition did not hold; that item was not written.</exception>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken);

    /// <summary>Deletes the given keys; missing keys are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Lists keys starting with <paramref name="prefix"/>, in ordinal key order, a page at a time.</summary>
    /// <param name="continuationToken">Null for the first page, then the token of the previous page.</param>
    Task<StorageKeyPage> ListKeysAsync(string prefix, string? continuationToken, int pageSize, CancellationToken cancellationToken);
}
