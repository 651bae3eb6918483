using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace TicBot.BotKit.Storage;

/// <summary>Checks the storage settings, each failure naming the configuration key to fix.</summary>
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    // A turn may take 15 s in all; storage must leave room for the rest of it.
    private static readonly TimeSpan MaxStorageTime = TimeSpan.FromSeconds(14);

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"Storage:Provider '{options.Provider}' is not one of File, Blob, Memory.");
        }
        else if (options.Provider == StorageProvider.File)
        {
            ValidateFile(options.File, failures);
        }
        else if (options.Provider == StorageProvider.Blob)
        {
            ValidateBlob(options.Blob, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateFile(FileStorageOptions file, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(file.Path) || file.Path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add("Storage:File:Path must name a folder.");
        }
    }

    private static void ValidateBlob(BlobStorageOptions blob, List<string> failures)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(blob.ConnectionString);
        if (hasConnectionString == (blob.ServiceUri is not null))
        {
            failures.Add("Set exactly one of Storage:Blob:ConnectionString or Storage:Blob:ServiceUri when Storage:Provider is Blob.");
        }
        else if (hasConnectionString)
        {
            try
            {
                _ = new BlobServiceClient(blob.ConnectionString);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
            {
                failures.Add("Storage:Blob:ConnectionString is not a valid storage connection string.");
            }
        }
        else if (!blob.ServiceUri!.IsAbsoluteUri || (blob.ServiceUri.Scheme != Uri.UriSchemeHttps && !blob.ServiceUri.IsLoopback))
        {
            failures.Add("Storage:Blob:ServiceUri must be an absolute https address, such as https://account.blob.core.windows.net.");
        }

        if (string.IsNullOrEmpty(blob.Container) || !ContainerName().IsMatch(blob.Container))
        {
            failures.Add($"Storage:Blob:Container '{blob.Container}' is not a valid container name (3 to 63 lowercase letters, digits and single hyphens).");
        }

        if (blob.NetworkTimeout <= TimeSpan.Zero || blob.MaxRetries is < 0 or > 5
            || blob.NetworkTimeout * (blob.MaxRetries + 1) > MaxStorageTime)
        {
            failures.Add($"Storage:Blob:NetworkTimeout times (Storage:Blob:MaxRetries + 1) must be positive and at most {MaxStorageTime.TotalSeconds} s, to fit in a turn.");
        }
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerName();
}
