namespace TicBot.Methodology.Projects;

/// <summary>How sure a funding line is.</summary>
public enum FundingCertainty
{
    /// <summary>Identified lead, not yet applied for.</summary>
    Possible,

    /// <summary>Applied for, decision pending.</summary>
    Requested,

    /// <summary>Granted (notified).</summary>
    Granted,
}
