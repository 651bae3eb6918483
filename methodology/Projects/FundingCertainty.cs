namespace TicBot.Methodology.Projects;

/// <summary>
/// How sure a funding line is: envisaged, requested or obtained. Only obtained funding counts in a scenario's
/// balance; requested funding is shown apart.
/// </summary>
public enum FundingCertainty
{
    /// <summary>Envisaged: a lead identified, not yet applied for.</summary>
    Possible,

    /// <summary>Requested: applied for, decision pending.</summary>
    Requested,

    /// <summary>Obtained: granted (notified).</summary>
    Granted,
}
