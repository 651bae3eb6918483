namespace TicBot.Methodology.Projects;

/// <summary>How far a scenario meets an expectation.</summary>
public enum CoverageLevel
{
    None,
    Partial,
    Full,
}
