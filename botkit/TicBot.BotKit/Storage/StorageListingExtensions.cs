using System.Runtime.CompilerServices;

namespace TicBot.BotKit.Storage;

/// <summary>Listing every key under a prefix, page after page.</summary>
public static class StorageListingExtensions
{
    /// <summary>Every key starting with <paramref name="prefix"/>, in listing order (see <see cref="IStorage.ListKeysAsync"/>), read <paramref name="pageSize"/> at a time.</summary>
    public static async IAsyncEnumerable<string> ListAllKeysAsync(this IStorage storage, string prefix, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        string? continuation = null;
        do
        {
            var page = await storage.ListKeysAsync(prefix, continuation, pageSize, cancellationToken);
            foreach (var key in page.Keys)
            {
                yield return key;
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }
}
