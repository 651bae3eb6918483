namespace TicBot.Methodology.Projects;

/// <summary>State of a communication milestone.</summary>
public enum MilestoneStatus
{
    Planned,
    Done,
    Cancelled,
}
