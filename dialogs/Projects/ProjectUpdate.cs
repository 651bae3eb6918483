using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Projects;

/// <summary>The outcome of <see cref="ProjectStore.UpdateAsync"/> and <see cref="ProjectStore.DeleteAsync"/>.</summary>
/// <param name="Project">The project as saved (or as found when unchanged); null when not found, deleted or on conflict.</param>
/// <param name="Tombstone">What stays of the project once deleted (by this change or before).</param>
public sealed record ProjectUpdate(ProjectUpdateStatus Status, Project? Project, ProjectTombstone? Tombstone = null);

/// <summary>See <see cref="ProjectUpdate.Status"/>.</summary>
public enum ProjectUpdateStatus
{
    Saved,
    Unchanged,
    NotFound,

    /// <summary>The project was deleted (see <see cref="ProjectUpdate.Tombstone"/>).</summary>
    Deleted,

    /// <summary>Other members kept saving at the same moment; the change was not applied. Ask to retry.</summary>
    Conflict,
}
