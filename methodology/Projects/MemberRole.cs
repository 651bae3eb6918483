namespace TicBot.Methodology.Projects;

/// <summary>What a member may do in the project.</summary>
public enum MemberRole
{
    /// <summary>Created the project; cannot be removed.</summary>
    Owner,

    /// <summary>May change the project.</summary>
    Contributor,

    /// <summary>May read the project only.</summary>
    Reader,
}
