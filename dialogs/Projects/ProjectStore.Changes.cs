using Microsoft.Extensions.Logging;
using TicBot.BotKit.Logging;
using TicBot.BotKit.Storage;
using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Projects;

public sealed partial class ProjectStore
{
    /// <summary>
    /// Applies <paramref name="change"/> to the project's current version and saves it conditionally; when another
    /// member saved in between, reloads and applies the change again, up to <see cref="MaxAttempts"/> times. A
    /// project still under its legacy key is moved under its own key by this save.
    /// </summary>
    /// <param name="change">Changes the project; returns false when there was nothing to change (nothing is written).</param>
    public async Task<ProjectUpdate> UpdateAsync(ProjectPlace place, string projectId, Func<Project, DateTimeOffset, bool> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(change);
        var key = place.KeyOf(projectId);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            // The version this process last saw goes first: the write is conditional on its ETag, so if another
            // instance changed the project meanwhile the write conflicts and the next attempt reads it afresh.
            StoreItem? remembered = null;
            var fromMemory = attempt == 1 && TryRecall(key, out remembered) && remembered is not null;
            var (found, item) = fromMemory ? (ProjectDocuments.Read(key, remembered!), remembered!) : await ReadCurrentAsync(place, projectId, cancellationToken);
            if (found.Project is not { } project)
            {
                return new ProjectUpdate(found.Tombstone is null ? ProjectUpdateStatus.NotFound : ProjectUpdateStatus.Deleted, null, found.Tombstone);
            }

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
                await SaveAsync(place, key, found.Key, ProjectDocuments.Write(project), item!, cancellationToken);
                return new ProjectUpdate(ProjectUpdateStatus.Saved, project);
            }
            catch (StorageConflictException)
            {
                Forget(key);
                logger.LogDebug("Project {ProjectKey} changed meanwhile; re-applying (attempt {Attempt})", LogIds.Key(key), attempt);
                await Task.Delay(Backoff(attempt), timeProvider, cancellationToken);
            }
        }

        logger.LogWarning("Project {ProjectKey} kept changing; gave up after {Attempts} attempts", LogIds.Key(key), MaxAttempts);
        return new ProjectUpdate(ProjectUpdateStatus.Conflict, null);
    }

    /// <summary>
    /// Deletes the project, leaving a tombstone that says who deleted it and when, if <paramref name="mayDelete"/>
    /// allows it on the current version.
    /// </summary>
    public async Task<ProjectUpdate> DeleteAsync(ProjectPlace place, string projectId, Actor actor, Func<Project, bool> mayDelete, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(mayDelete);
        var key = place.KeyOf(projectId);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var (found, item) = await ReadCurrentAsync(place, projectId, cancellationToken);
            if (found.Project is not { } project)
            {
                return new ProjectUpdate(found.Tombstone is null ? ProjectUpdateStatus.NotFound : ProjectUpdateStatus.Deleted, null, found.Tombstone);
            }

            if (!mayDelete(project))
            {
                return new ProjectUpdate(ProjectUpdateStatus.Unchanged, project);
            }

            var tombstone = new ProjectTombstone(project.Id, project.Name, actor.Id, actor.Name, timeProvider.GetUtcNow());
            try
            {
                await SaveAsync(place, key, found.Key, ProjectDocuments.Write(tombstone), item!, cancellationToken);
                return new ProjectUpdate(ProjectUpdateStatus.Saved, null, tombstone);
            }
            catch (StorageConflictException)
            {
                Forget(key);
                await Task.Delay(Backoff(attempt), timeProvider, cancellationToken);
            }
        }

        return new ProjectUpdate(ProjectUpdateStatus.Conflict, null);
    }

    /// <summary>Writes conditionally on the version read; a document read under the legacy key moves under <paramref name="key"/>.</summary>
    private async Task SaveAsync(ProjectPlace place, string key, string readFrom, System.Text.Json.JsonElement value, StoreItem read, CancellationToken cancellationToken)
    {
        if (readFrom == key)
        {
            var etags = await storage.WriteAsync([new StorageWrite(key, value, read.ETag)], cancellationToken);
            Remember(key, new StoreItem(value, etags[key]));
            return;
        }

        // Create-only: if another instance moved it first, this conflicts and the next attempt reads the moved one.
        var created = await storage.WriteAsync([new StorageWrite(key, value, CreateOnly: true)], cancellationToken);
        Remember(key, new StoreItem(value, created[key]));
        Forget(place.LegacyKey);
        await storage.DeleteAsync([place.LegacyKey], cancellationToken);
        logger.LogInformation("Project moved from {LegacyKey} to {ProjectKey}", LogIds.Key(place.LegacyKey), LogIds.Key(key));
    }
}
