namespace TicBot.Methodology.Projects;

/// <summary>Who holds a right (see <see cref="ProjectRoles.HolderOf"/>).</summary>
public enum ProjectRightHolder
{
    Member,
    Contributor,

    /// <summary>The owner, or the member named chef de projet.</summary>
    OwnerOrLead,
    Owner,
}
