namespace TicBot.BotKit.Storage;

/// <summary>A conditional write failed: the item changed (ETag), or already existed (create-only).</summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException() : this("(unknown)") { }

    public StorageConflictException(string key) : this(key, null) { }

    public StorageConflictException(string key, Exception? innerException)
        : base($"The stored item '{Logging.LogIds.Key(key)}' changed or already exists; the write was not applied.", innerException)
        => Key = key;

    public StorageConflictException(string message, string key, Exception? innerException) : base(message, innerException)
        => Key = key;

    /// <summary>The key whose condition failed (the message names it by <see cref="Logging.LogIds.Key"/>: it is logged).</summary>
    public string Key { get; }
}
