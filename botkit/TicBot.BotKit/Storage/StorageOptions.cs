namespace TicBot.BotKit.Storage;

/// <summary>The <c>Storage</c> configuration section; validated when the host starts.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <value>The store. Default <see cref="StorageProvider.File"/>.</value>
    public StorageProvider Provider { get; set; } = StorageProvider.File;

    /// <value>Settings used when <see cref="Provider"/> is <see cref="StorageProvider.File"/>.</value>
    public FileStorageOptions File { get; set; } = new();

    /// <value>Settings used when <see cref="Provider"/> is <see cref="StorageProvider.Blob"/>.</value>
    public BlobStorageOptions Blob { get; set; } = new();
}
