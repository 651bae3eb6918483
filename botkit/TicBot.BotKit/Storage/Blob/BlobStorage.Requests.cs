using System.Text;
using Azure;
using Azure.Storage.Blobs.Models;

namespace TicBot.BotKit.Storage;

/// <summary>The single-blob requests and the container's lazy creation.</summary>
public sealed partial class BlobStorage
{
    private async Task<StoreItem?> ReadOneAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _container.GetBlobClient(Encoder.Encode(key)).DownloadContentAsync(cancellationToken);
            var content = response.Value;
            if (KeyFromMetadata(content.Details.Metadata) is { } stored && stored != key)
            {
                return null;
            }

            using var document = System.Text.Json.JsonDocument.Parse(content.Content.ToMemory());
            return new StoreItem(document.RootElement.Clone(), content.Details.ETag.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private async Task<string> WriteOneAsync(StorageWrite write, CancellationToken cancellationToken)
    {
        var name = Encoder.Encode(write.Key);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" },
            Conditions = write.CreateOnly
                ? new BlobRequestConditions { IfNoneMatch = ETag.All }
                : write.IsUnconditional ? null : new BlobRequestConditions { IfMatch = new ETag(write.ETag!) },
        };
        if (KeyEncoder.Decode(name) is null)
        {
            options.Metadata = new Dictionary<string, string> { [KeyMetadata] = Convert.ToBase64String(Encoding.UTF8.GetBytes(write.Key)) };
        }

        try
        {
            var response = await _container.GetBlobClient(name)
                .UploadAsync(BinaryData.FromBytes(StorageKeys.ToUtf8(write.Value)), options, cancellationToken);
            return response.Value.ETag.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 || (ex.Status == 404 && options.Conditions is not null))
        {
            throw new StorageConflictException(write.Key, ex);
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        Task ready;
        lock (_gate)
        {
            // A failed attempt is forgotten so that the next call tries again instead of failing forever.
            if (_containerReady is null || _containerReady.IsFaulted || _containerReady.IsCanceled)
            {
                _containerReady = _container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
            }

            ready = _containerReady;
        }

        await ready.WaitAsync(cancellationToken);
    }
}
