namespace TicBot.BotKit.Storage;

/// <summary>
/// The one listing order of every store: keys sorted by their Blob name, compared ordinally. Blob lists in
/// name order and pages natively only in that order; the escaping that makes a name of a key (ASCII letters,
/// digits, <c>-</c> and <c>_</c> kept, every other character as <c>%XX</c> of its UTF-8 bytes) puts escaped
/// characters before the kept ones, so this is not the keys' ordinal order ("p/é" comes before "p/B"). It is
/// ordinal wherever keys first differ at two kept characters or at two escaped ones (then by code point).
/// The memory and file stores sort their index the same way, so a caller sees one order on every store.
/// </summary>
internal static class StorageKeyOrder
{
    /// <summary>Blob names may reach 1,024 characters; keep a margin for the hash mark.</summary>
    public static readonly KeyEncoder BlobNames = new(keepUppercase: true, maxLength: 900);

    /// <summary>What a key is sorted by: its Blob name.</summary>
    public static string SortName(string key) => BlobNames.Encode(key);

    /// <summary>The start shared by the sort names of every key beginning with <paramref name="prefix"/>.</summary>
    public static string RegionOf(string prefix) => BlobNames.EncodePrefix(prefix);
}
