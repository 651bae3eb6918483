using System.Runtime.CompilerServices;
using TicBot.BotKit.Storage;

namespace TicBot.Dialogs.Projects;

public sealed partial class ProjectStore
{
    /// <summary>
    /// Every readable project and tombstone of the channel, a page of keys at a time (for the rare requests that must
    /// see them all, such as a person's data export). An unreadable document is skipped and logged.
    /// </summary>
    public async IAsyncEnumerable<ProjectLookup> AllAsync(string channelId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = await storage.ListKeysAsync(ProjectPlace.KeyPrefix(channelId), continuation, PageSize, cancellationToken);
            var items = await storage.ReadAsync(page.Keys, cancellationToken);
            foreach (var key in page.Keys)
            {
                if (items.TryGetValue(key, out var item) && TryRead(key, item) is { } found)
                {
                    yield return found;
                }
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }

    /// <summary>
    /// Replaces the person who deleted a project by <paramref name="pseudonymId"/> in its tombstone (erasure).
    /// </summary>
    /// <returns>False when the key holds no tombstone naming them.</returns>
    public async Task<bool> EraseFromTombstoneAsync(string key, string userId, string pseudonymId, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var item) || TryRead(key, item)?.Tombstone is not { } tombstone || tombstone.DeletedById != userId)
        {
            return false;
        }

        var erased = tombstone with { DeletedById = pseudonymId, DeletedByName = Methodology.Projects.Project.ErasedPersonName };
        var value = ProjectDocuments.Write(erased);
        var etags = await storage.WriteAsync([new StorageWrite(key, value, item.ETag)], cancellationToken);
        Remember(key, new StoreItem(value, etags[key]));
        return true;
    }
}
