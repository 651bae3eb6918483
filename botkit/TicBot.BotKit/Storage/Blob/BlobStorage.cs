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

    // The names are the listing order's own (StorageKeyOrder), so Blob pages in the contract's order natively.
    private static readonly KeyEncoder Encoder = StorageKeyOrder.BlobNames;
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

    /// <remarks>One listing request per page (more only when foreign blobs are skipped or the page exceeds the
    /// service's 5,000 names); the token is Blob's own marker. The last page may be empty.</remarks>
    public async Task<StorageKeyPage> ListKeysAsync(string prefix, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        StorageKeys.ValidateListing(prefix, pageSize);
        await EnsureContainerAsync(cancellationToken);
        var options = new GetBlobsOptions { Prefix = Encoder.EncodePrefix(prefix), Traits = BlobTraits.Metadata };
        var keys = new List<string>(Math.Min(pageSize, 5_000));
        var marker = continuationToken;
        do
        {
            // Asking for exactly what the page still lacks makes Blob's marker the position after its last key.
            await foreach (var page in _container.GetBlobsAsync(options, cancellationToken).AsPages(marker, pageSize - keys.Count))
            {
                foreach (var blob in page.Values)
                {
                    // A shortened prefix also matches keys that only share its beginning; foreign blobs have no key.
                    if ((KeyEncoder.Decode(blob.Name) ?? KeyFromMetadata(blob.Metadata)) is { } key && key.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        keys.Add(key);
                    }
                }

                marker = string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken;
                break;
            }
        }
        while (keys.Count < pageSize && marker is not null);

        return new StorageKeyPage(keys, marker);
    }

    private static string? KeyFromMetadata(IDictionary<string, string>? metadata)
        => metadata is not null && metadata.TryGetValue(KeyMetadata, out var encoded)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(encoded))
            : null;
}
