using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Projects;

/// <summary>The outcome of <see cref="ProjectEditor.EditAsync"/>, with the project as it now stands.</summary>
public sealed record ProjectEdit(ProjectEditStatus Status, Project? Project, ProjectTombstone? Tombstone = null)
{
    /// <value>True when the project is up to date with the change (saved, or nothing needed changing).</value>
    public bool Succeeded => Status is ProjectEditStatus.Saved or ProjectEditStatus.Unchanged;
}

/// <summary>See <see cref="ProjectEdit.Status"/>.</summary>
public enum ProjectEditStatus
{
    Saved,
    Unchanged,

    /// <summary>The member may read the project, not change it.</summary>
    ReadOnly,

    /// <summary>The project is archived: restore it first.</summary>
    Archived,

    /// <summary>The member lacks the right this change needs (the owner's).</summary>
    Denied,
    NotFound,
    Deleted,

    /// <summary>Other members kept saving at the same moment: try again.</summary>
    Conflict,
}
