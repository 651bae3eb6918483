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

    /// <summary>
    /// Lists keys starting with <paramref name="prefix"/>, a page at a time, in one order on every store: Blob's
    /// own, by name. A key's name keeps ASCII letters, digits, <c>-</c> and <c>_</c> and writes every other
    /// character as <c>%XX</c> of its UTF-8 bytes; names compare ordinally. So keys come in ordinal order where they
    /// first differ at two such kept characters (<c>…/2027-03-15</c> before <c>…/2027-04-01</c>) or at two escaped
    /// ones (by code point), and an escaped character comes before a kept one (<c>p/é</c>, <c>p/B</c>, <c>p/a</c>).
    /// Keys whose name would pass 900 characters sort by a shortened name (its first ~865 characters, then <c>~</c>).
    /// </summary>
    /// <remarks>A page costs in proportion to its size on every store (Blob: one listing request; file and
    /// memory: an in-memory index). Every key present for the whole listing is returned exactly once; keys added or
    /// removed meanwhile may or may not be. Only the last page may hold fewer than <paramref name="pageSize"/>
    /// keys; it may be empty.</remarks>
    /// <param name="continuationToken">Null for the first page, then the token of the previous page (opaque).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is less than 1.</exception>
    Task<StorageKeyPage> ListKeysAsync(string prefix, string? continuationToken, int pageSize, CancellationToken cancellationToken);
}
