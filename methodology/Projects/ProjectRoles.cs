namespace TicBot.Methodology.Projects;

/// <summary>
/// Who may do what with a project — the one table of the rights (the README shows it): readers read; contributors
/// work on its content; the owner and the chef de projet also decide (validate a scenario, set the governance, archive);
/// only the owner deletes it or hands it over.
/// </summary>
public static class ProjectRoles
{
    /// <summary>The content role of the chef de projet (a member's <see cref="ProjectMember.ResponsibilityId"/>).</summary>
    public const string ProjectLeadRole = "role.project-lead";

    /// <summary>True when <paramref name="userId"/>, as the project's members stand, may do <paramref name="right"/>.</summary>
    public static bool Allows(Project project, string userId, ProjectRight right)
    {
        ArgumentNullException.ThrowIfNull(project);
        var member = project.FindMember(userId);
        if (member is null)
        {
            return false;
        }

        var isOwner = project.OwnerId == userId;
        var isLead = member.ResponsibilityId == ProjectLeadRole;
        return right switch
        {
            ProjectRight.Read => true,
            ProjectRight.Delete or ProjectRight.TransferOwnership => isOwner,
            ProjectRight.ValidateScenario or ProjectRight.ChangeGovernance or ProjectRight.Archive => isOwner || (isLead && member.Role != MemberRole.Reader),
            _ => member.Role is MemberRole.Owner or MemberRole.Contributor,
        };
    }

    /// <summary>The least a member needs to hold <paramref name="right"/>, in words for refusals.</summary>
    public static ProjectRightHolder HolderOf(ProjectRight right) => right switch
    {
        ProjectRight.Read => ProjectRightHolder.Member,
        ProjectRight.Delete or ProjectRight.TransferOwnership => ProjectRightHolder.Owner,
        ProjectRight.ValidateScenario or ProjectRight.ChangeGovernance or ProjectRight.Archive => ProjectRightHolder.OwnerOrLead,
        _ => ProjectRightHolder.Contributor,
    };
}
