using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using TicBot.BotKit.Logging;
using TicBot.BotKit.Storage;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Serialization;

namespace TicBot.Dialogs.Projects;

/// <summary>
/// Project documents, stored apart from conversation state so that several members can work on one project
/// at once. Every change is a function re-applied on a fresh copy when another member saved in between
/// (conditional write on the ETag), so concurrent changes to different parts of a project are all kept.
/// </summary>
public sealed class ProjectStore(IStorage storage, TimeProvider timeProvider, ILogger<ProjectStore> logger)
{
    /// <summary>How many times a change is re-applied after a conflicting save before giving up.</summary>
    public const int MaxAttempts = 6;

    /// <summary>Documents this process last read or wrote, with their ETag; at most this many are kept.</summary>
    public const int MaxKnownDocuments = 1000;

    private const int PageSize = 100;

    private readonly ConcurrentDictionary<string, StoreItem> _known = new(StringComparer.Ordinal);

    /// <summary>The place's project. <value>Null when the place has none yet.</value></summary>
    /// <exception cref="MethodologyException">The stored document is not a readable project.</exception>
    public Task<Project?> FindAsync(ProjectPlace place, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        return FindAsync(place.StorageKey, cancellationToken);
    }

    /// <summary>The project stored under <paramref name="key"/>. <value>Null when there is none.</value></summary>
    public async Task<Project?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var item))
        {
            _known.TryRemove(key, out _);
            return null;
        }

        Remember(key, item);
        return Read(item);
    }

    /// <summary>
    /// Creates the place's project, unless someone created one meanwhile: then that one is returned and
    /// <paramref name="create"/>'s project is dropped (create-only write).
    /// </summary>
    public async Task<(Project Project, bool Created)> CreateAsync(ProjectPlace place, Func<DateTimeOffset, Project> create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(create);
        var project = create(timeProvider.GetUtcNow());
        try
        {
            var value = Write(project);
            var etags = await storage.WriteAsync([new StorageWrite(place.StorageKey, value, CreateOnly: true)], cancellationToken);
            Remember(place.StorageKey, new StoreItem(value, etags[place.StorageKey]));
            return (project, true);
        }
        catch (StorageConflictException)
        {
            var existing = await FindAsync(place, cancellationToken);
            return existing is null ? throw new InvalidOperationException("The project vanished while being created.") : (existing, false);
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the place's current project and saves it conditionally; when another
    /// member saved in between, reloads and applies the change again, up to <see cref="MaxAttempts"/> times.
    /// </summary>
    /// <param name="change">Changes the project; returns false when there was nothing to change (nothing is written).</param>
    public Task<ProjectUpdate> UpdateAsync(ProjectPlace place, Func<Project, DateTimeOffset, bool> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        return UpdateAsync(place.StorageKey, change, cancellationToken);
    }

    /// <inheritdoc cref="UpdateAsync(ProjectPlace, Func{Project, DateTimeOffset, bool}, CancellationToken)"/>
    public async Task<ProjectUpdate> UpdateAsync(string key, Func<Project, DateTimeOffset, bool> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            // The version this process last saw goes first: the write is conditional on its ETag, so if another
            // instance changed the project meanwhile the write conflicts and the next attempt reads it afresh.
            StoreItem? item = null;
            var fromMemory = attempt == 1 && _known.TryGetValue(key, out item);
            if (item is null)
            {
                var items = await storage.ReadAsync([key], cancellationToken);
                if (!items.TryGetValue(key, out item))
                {
                    _known.TryRemove(key, out _);
                    return new ProjectUpdate(ProjectUpdateStatus.NotFound, null);
                }

                Remember(key, item);
            }

            var project = Read(item);
            if (!change(project, timeProvider.GetUtcNow()))
            {
                if (fromMemory)
                {
                    // "Nothing to change" is only true of the stored version: no write proved the remembered one current.
                    continue;
                }

                return new ProjectUpdate(ProjectUpdateStatus.Unchanged, project);
            }

            try
            {
                var value = Write(project);
                var etags = await storage.WriteAsync([new StorageWrite(key, value, item.ETag)], cancellationToken);
                Remember(key, new StoreItem(value, etags[key]));
                return new ProjectUpdate(ProjectUpdateStatus.Saved, project);
            }
            catch (StorageConflictException)
            {
                _known.TryRemove(key, out _);
                logger.LogDebug("Project {ProjectKey} changed meanwhile; re-applying (attempt {Attempt})", LogIds.Key(key), attempt);
                await Task.Delay(Backoff(attempt), timeProvider, cancellationToken);
            }
        }

        logger.LogWarning("Project {ProjectKey} kept changing; gave up after {Attempts} attempts", LogIds.Key(key), MaxAttempts);
        return new ProjectUpdate(ProjectUpdateStatus.Conflict, null);
    }

    /// <summary>Deletes the project stored under <paramref name="key"/> (the owner's right to erasure).</summary>
    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        _known.TryRemove(key, out _);
        return storage.DeleteAsync([key], cancellationToken);
    }

    /// <summary>
    /// Every readable project of the channel, a page of keys at a time (for the rare requests that must see them
    /// all, such as a person's data export). An unreadable document is skipped: it is the operators' to repair.
    /// </summary>
    public async IAsyncEnumerable<(string Key, Project Project)> AllAsync(string channelId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = await storage.ListKeysAsync(ProjectPlace.KeyPrefix(channelId), continuation, PageSize, cancellationToken);
            var items = await storage.ReadAsync(page.Keys, cancellationToken);
            foreach (var key in page.Keys)
            {
                if (items.TryGetValue(key, out var item) && TryRead(item) is { } project)
                {
                    yield return (key, project);
                }
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }

    private static Project? TryRead(StoreItem item)
    {
        try
        {
            return Read(item);
        }
        catch (MethodologyException)
        {
            return null;
        }
    }

    private void Remember(string key, StoreItem item)
    {
        if (_known.Count >= MaxKnownDocuments)
        {
            _known.Clear();
        }

        _known[key] = item;
    }

    private static Project Read(StoreItem item) => ProjectSerializer.Deserialize(item.Value.GetRawText());

    private static JsonElement Write(Project project)
    {
        using var document = JsonDocument.Parse(ProjectSerializer.Serialize(project));
        return document.RootElement.Clone();
    }

    // Short and jittered: concurrent members are people clicking, not machines hammering.
    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * attempt);
}
