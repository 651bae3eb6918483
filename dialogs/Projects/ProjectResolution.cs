using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Projects;

/// <summary>The project a turn acts on, or why there is none.</summary>
/// <param name="Place">The project's place (the conversation's, or the one a card named).</param>
/// <param name="Candidates">For <see cref="ProjectResolutionStatus.Choose"/>: the place's active projects.</param>
public sealed record ProjectResolution(
    ProjectResolutionStatus Status,
    ProjectPlace? Place = null,
    Project? Project = null,
    ProjectTombstone? Tombstone = null,
    IReadOnlyList<Project>? Candidates = null);

/// <summary>See <see cref="ProjectResolution.Status"/>.</summary>
public enum ProjectResolutionStatus
{
    /// <summary>The project is found and the member may read it.</summary>
    Found,

    /// <summary>The activity does not say which conversation it comes from.</summary>
    NoPlace,

    /// <summary>The place has no active project: create one first.</summary>
    NoProject,

    /// <summary>The place has several active projects and the member has not chosen one.</summary>
    Choose,

    /// <summary>The card's project was deleted (see <see cref="ProjectResolution.Tombstone"/>).</summary>
    Deleted,

    /// <summary>The card names a project that does not exist (never did, or was erased).</summary>
    NotFound,

    /// <summary>The card names a project the member may not act on from here.</summary>
    Forbidden,

    /// <summary>A card posted before projects had ids, in a place that now holds several: reopen it.</summary>
    Reopen,
}
