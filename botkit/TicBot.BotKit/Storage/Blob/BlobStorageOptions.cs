namespace TicBot.BotKit.Storage;

/// <summary>Settings of <see cref="BlobStorage"/> (configuration section <c>Storage:Blob</c>).</summary>
public sealed class BlobStorageOptions
{
    /// <value>A storage account connection string (secret: keep it out of appsettings.json). Either this or <see cref="ServiceUri"/>.</value>
    public string? ConnectionString { get; set; }

    /// <value>The blob service address, e.g. <c>https://account.blob.core.windows.net</c>, reached with <c>DefaultAzureCredential</c>.</value>
    public Uri? ServiceUri { get; set; }

    /// <value>The container; created on first use. Default <c>ticbot-state</c>.</value>
    public string Container { get; set; } = "ticbot-state";

    /// <value>How long one storage request may take before it is retried. Default 4 s.</value>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(4);

    /// <value>Retries of a failed request (throttling, 5xx, timeouts). Default 2: at most about 13 s in all, under a turn's 15 s.</value>
    public int MaxRetries { get; set; } = 2;
}
