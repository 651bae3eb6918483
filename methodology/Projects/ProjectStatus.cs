namespace TicBot.Methodology.Projects;

/// <summary>Whether the team works on the project or has put it aside.</summary>
public enum ProjectStatus
{
    Active,

    /// <summary>Kept as it is, read-only, out of the project list until restored.</summary>
    Archived,
}
