using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace TicBot.BotKit.Storage;

/// <summary>
/// An <see cref="IStorage"/> on Azure Blob Storage: one blob per key holding the JSON document. Updates
/// carry <c>If-Match</c>, creations <c>If-None-Match: *</c>, and the ETag handed back always comes from the
/// response that read or wrote the blob. A 412 or 409 becomes <see cref="StorageConflictException"/>.
/// The container is created on first use, and again on the next call if that attempt failed.
/// </summary>
public sealed partial class BlobStorage : IStorage
{
    private const string KeyMetadata = "ticbotkey";

    // Blob names may reach 1,024 characters; keep a margin for the hash mark.
    private static readonly KeyEncoder Encoder = new(keepUppercase: true, maxLength: 900);
    private readonly BlobContainerClient _container;
    private readonly Lock _gate = new();
    private Task? _containerReady;

    /// <param name="container">The container client, with its retry policy already bounded (see <see cref="Create"/>).</param>
    public BlobStorage(BlobContainerClient container) => _container = container ?? throw new ArgumentNullException(nameof(container));

    public string ContainerName => _container.Name;

    /// <summary>Builds the store from options: connection string, or service address with <c>DefaultAzureCredential</c>.</summary>
    /// <param name="configureClient">Optional last word on the client options (e.g. a benchmark's request-counting policy).</param>
    /// <exception cref="ArgumentException">Neither a connection string nor a service address is given.</exception>
    public static BlobStorage Create(BlobStorageOptions options, Action<BlobClientOptions>? configureClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        configureClient?.Invoke(clientOptions);
        var service = !string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(options.ConnectionString, clientOptions)
            : options.ServiceUri is not null
                ? new BlobServiceClient(options.ServiceUri, new Azure.Identity.DefaultAzureCredential(), clientOptions)
                : throw new ArgumentException("Storage:Blob:ConnectionString or Storage:Blob:ServiceUri is required.", nameof(options));
        return new BlobStorage(service.GetBlobContainerClient(options.Container));
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageKeys.ValidateKeys(keys);
        await EnsureContainerAsync(cancellationToken);
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        var reads = await Task.WhenAll(distinct.Select(key => ReadOneAsync(key, cancellationToken)));
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        for (var i = 0; i < distinct.Count; i++)
        {
            if (reads[i] is { } item)
            {
                result[distinct[i]] = item;
            }
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken)
    {
        StorageKeys.ValidateWrites(writes);
        await EnsureContainerAsync(cancellationToken);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var write in writes)
        {
            result[write.Key] = await WriteOneAsync(write, cancellationToken);
        }

        return result;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageKeys.ValidateKeys(keys);
        await EnsureContainerAsync(cancellationToken);
        await Task.WhenAll(keys.Distinct(StringComparer.Ordinal)
            .Select(key => _container.GetBlobClient(Encoder.Encode(key)).DeleteIfExistsAsync(cancellationToken: cancellationToken)));
    }

    public async Task<StorageKeyPage> ListKeysAsync(string prefix, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        StorageKeys.ValidateListing(prefix, pageSize);
        await EnsureContainerAsync(cancellationToken);
        // Blob order is by name, and escaped names do not sort like keys: gather the prefix, then sort keys.
        var keys = new List<string>();
        var options = new GetBlobsOptions { Prefix = Encoder.EncodePrefix(prefix), Traits = BlobTraits.Metadata };
        await foreach (var blob in _container.GetBlobsAsync(options, cancellationToken))
        {
            var key = KeyEncoder.Decode(blob.Name) ?? KeyFromMetadata(blob.Metadata);
            if (StorageKeys.IsListed(key, prefix, continuationToken))
            {
                keys.Add(key);
            }
        }

        return StorageKeys.FirstPage(keys, pageSize);
    }

    private static string? KeyFromMetadata(IDictionary<string, string>? metadata)
        => metadata is not null && metadata.TryGetValue(KeyMetadata, out var encoded)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(encoded))
            : null;
}
