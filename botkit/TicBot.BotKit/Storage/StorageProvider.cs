namespace TicBot.BotKit.Storage;

/// <summary>Which <see cref="IStorage"/> the host uses (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>JSON files in a local folder; the default.</summary>
    File,

    /// <summary>Azure Blob Storage, shared by every instance.</summary>
    Blob,

    /// <summary>In memory, lost at restart: tests only.</summary>
    Memory,
}
