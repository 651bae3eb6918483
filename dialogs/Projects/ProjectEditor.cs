using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Projects;

/// <summary>
/// Every change a member makes to a project goes through here: the member's right is checked on the stored version
/// (a member of a shared place joins as a contributor on their first change; a reader may not change it; an archived
/// project is read-only until restored), then the change is applied and saved conditionally, re-applied on a fresh
/// copy when someone saved in between.
/// </summary>
public sealed class ProjectEditor(ProjectStore store)
{
    /// <param name="change">Changes the project; returns false when there was nothing to change.</param>
    /// <param name="ownerOnly">True for what only the owner may do (transfer ownership).</param>
    /// <param name="onArchived">True for the changes an archived project accepts (restoring it).</param>
    public async Task<ProjectEdit> EditAsync(
        ProjectPlace place,
        string projectId,
        Actor actor,
        Func<Project, DateTimeOffset, bool> change,
        CancellationToken cancellationToken,
        bool ownerOnly = false,
        bool onArchived = false)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(change);
        var refused = ProjectEditStatus.Saved;
        var update = await store.UpdateAsync(place, projectId, (project, at) =>
        {
            refused = Refusal(project, actor, ownerOnly, onArchived);
            if (refused != ProjectEditStatus.Saved)
            {
                // A request that would change nothing (turning a checklist's page) is not refused: there is nothing to refuse.
                if (!change(Clone(project), at))
                {
                    refused = ProjectEditStatus.Saved;
                }

                return false;
            }

            // The member's first change in a shared place makes them a contributor: saved only with a change.
            if (!ProjectActors.EnsureCanEdit(project, actor, at))
            {
                refused = ProjectEditStatus.ReadOnly;
                return false;
            }

            return change(project, at);
        }, cancellationToken);

        return update.Status switch
        {
            ProjectUpdateStatus.NotFound => new ProjectEdit(ProjectEditStatus.NotFound, null),
            ProjectUpdateStatus.Deleted => new ProjectEdit(ProjectEditStatus.Deleted, null, update.Tombstone),
            ProjectUpdateStatus.Conflict => new ProjectEdit(ProjectEditStatus.Conflict, null),
            _ when refused != ProjectEditStatus.Saved => new ProjectEdit(refused, update.Project),
            ProjectUpdateStatus.Unchanged => new ProjectEdit(ProjectEditStatus.Unchanged, update.Project),
            _ => new ProjectEdit(ProjectEditStatus.Saved, update.Project),
        };
    }

    private static Project Clone(Project project)
        => Methodology.Serialization.ProjectSerializer.Deserialize(Methodology.Serialization.ProjectSerializer.Serialize(project));

    private static ProjectEditStatus Refusal(Project project, Actor actor, bool ownerOnly, bool onArchived)
    {
        if (ownerOnly && project.OwnerId != actor.Id)
        {
            return ProjectEditStatus.Denied;
        }

        if (project.IsArchived && !onArchived)
        {
            return ProjectEditStatus.Archived;
        }

        return project.FindMember(actor.Id) is { Role: MemberRole.Reader } ? ProjectEditStatus.ReadOnly : ProjectEditStatus.Saved;
    }
}
