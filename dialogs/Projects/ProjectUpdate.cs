using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Projects;

/// <summary>The outcome of <see cref="ProjectStore.UpdateAsync(string, Func{Project, DateTimeOffset, bool}, CancellationToken)"/>.</summary>
/// <param name="Project">The project as saved (or as found when unchanged); null when not found or on conflict.</param>
public sealed record ProjectUpdate(ProjectUpdateStatus Status, Project? Project);

/// <summary>See <see cref="ProjectUpdate.Status"/>.</summary>
public enum ProjectUpdateStatus
{
    Saved,
    Unchanged,
    NotFound,

    /// <summary>Other members kept saving at the same moment; the change was not applied. Ask to retry.</summary>
    Conflict,
}
