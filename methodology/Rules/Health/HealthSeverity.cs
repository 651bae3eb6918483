namespace TicBot.Methodology.Rules.Health;

/// <summary>How urgent a health flag is.</summary>
public enum HealthSeverity
{
    /// <summary>A guideline worth a look.</summary>
    Info,

    /// <summary>A guideline skipped that will cost later.</summary>
    Warning,

    /// <summary>A skipped guideline that hurts now (e.g. deployment without an organisation study).</summary>
    Critical,
}
