using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using TicBot.BotKit.Logging;
using TicBot.BotKit.Storage;
using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Projects;

/// <summary>
/// Project documents, stored apart from conversation state so that several members can work on one project at once,
/// under <c>{channel}/projects/{kind}/{placeId}/{projectId}</c> (a place holds several projects). Every change is a
/// function re-applied on a fresh copy when another member saved in between (conditional write on the ETag), so
/// concurrent changes to different parts of a project are all kept. A document under the key used before a place
/// could hold several projects is read as the place's first project and moved on its next save.
/// </summary>
public sealed partial class ProjectStore(IStorage storage, TimeProvider timeProvider, ILogger<ProjectStore> logger) : IDisposable
{
    /// <summary>How many times a change is re-applied after a conflicting save before giving up.</summary>
    public const int MaxAttempts = 6;

    /// <summary>Documents this process last read or wrote, with their ETag; at most this many are kept (least recently used go first).</summary>
    public const int MaxKnownDocuments = 1000;

    private const int PageSize = 100;

    private readonly MemoryCache _known = new(new MemoryCacheOptions { SizeLimit = MaxKnownDocuments, CompactionPercentage = 0.1 });

    /// <summary>The project <paramref name="projectId"/> of the place, what stays of it if deleted, or nothing.</summary>
    /// <exception cref="MethodologyException">The stored document is not readable.</exception>
    public async Task<ProjectLookup> FindAsync(ProjectPlace place, string projectId, CancellationToken cancellationToken)
        => (await ReadCurrentAsync(place, projectId, cancellationToken)).Found;

    /// <summary>The stored version, read afresh (under the project's key, or its legacy key), with its ETag.</summary>
    private async Task<(ProjectLookup Found, StoreItem? Item)> ReadCurrentAsync(ProjectPlace place, string projectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (!Project.IsValidId(projectId))
        {
            return (ProjectLookup.None(place.ProjectsPrefix), null);
        }

        var key = place.KeyOf(projectId);
        string[] keys = projectId == Project.FirstProjectId ? [key, place.LegacyKey] : [key];
        var items = await storage.ReadAsync(keys, cancellationToken);
        foreach (var candidate in keys)
        {
            if (items.TryGetValue(candidate, out var item))
            {
                Remember(candidate, item);
                return (ProjectDocuments.Read(candidate, item), item);
            }
        }

        Forget(key);
        return (ProjectLookup.None(key), null);
    }

    /// <summary>
    /// The place's projects, active and archived, most recently changed first (tombstones left out). Unreadable
    /// documents are skipped and logged: they are the operators' to repair, not a reason to hide the others.
    /// </summary>
    public async Task<IReadOnlyList<Project>> ListAsync(ProjectPlace place, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        var keys = new List<string> { place.LegacyKey };
        string? continuation = null;
        do
        {
            var page = await storage.ListKeysAsync(place.ProjectsPrefix, continuation, PageSize, cancellationToken);
            keys.AddRange(page.Keys);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        var items = await storage.ReadAsync(keys, cancellationToken);
        var projects = new Dictionary<string, Project>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (items.TryGetValue(key, out var item) && TryRead(key, item)?.Project is { } project)
            {
                Remember(key, item);
                // A project already moved from the legacy key wins over a leftover copy there.
                projects[project.Id] = key == place.LegacyKey && projects.ContainsKey(project.Id) ? projects[project.Id] : project;
            }
        }

        return [.. projects.Values.OrderByDescending(p => p.LastChangedAt).ThenBy(p => p.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Saves a new project of the place, unless its id is taken: then what is stored under it is returned (a turn
    /// re-run, or an activity delivered twice, finds the project it created the first time).
    /// </summary>
    public async Task<(ProjectLookup Stored, bool Created)> CreateAsync(ProjectPlace place, Project project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(project);
        var key = place.KeyOf(project.Id);
        try
        {
            var value = ProjectDocuments.Write(project);
            var etags = await storage.WriteAsync([new StorageWrite(key, value, CreateOnly: true)], cancellationToken);
            Remember(key, new StoreItem(value, etags[key]));
            return (new ProjectLookup(key, project, null), true);
        }
        catch (StorageConflictException)
        {
            return (await FindAsync(place, project.Id, cancellationToken), false);
        }
    }

    /// <summary>Deletes the document under <paramref name="key"/> for good (a person's right to erasure).</summary>
    public Task EraseAsync(string key, CancellationToken cancellationToken)
    {
        Forget(key);
        return storage.DeleteAsync([key], cancellationToken);
    }

    public void Dispose() => _known.Dispose();

    private ProjectLookup? TryRead(string key, StoreItem item)
    {
        try
        {
            return ProjectDocuments.Read(key, item);
        }
        catch (MethodologyException ex)
        {
            logger.LogWarning(ex, "Project document {ProjectKey} is unreadable; skipped", LogIds.Key(key));
            return null;
        }
    }

    private void Remember(string key, StoreItem item) => _known.Set(key, item, new MemoryCacheEntryOptions { Size = 1 });

    private void Forget(string key) => _known.Remove(key);

    private bool TryRecall(string key, out StoreItem? item) => _known.TryGetValue(key, out item);

    // Short and jittered: concurrent members are people clicking, not machines hammering.
    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * attempt);
}
