namespace TicBot.Methodology.Projects;

/// <summary>
/// Thrown when a request would corrupt a project's data (validating a scenario that does not exist, a pilot
/// after the go-live it precedes…). Guidelines that are merely skipped never throw: they raise health flags.
/// </summary>
public sealed class MethodologyException : Exception
{
    public MethodologyException()
    {
    }

    public MethodologyException(string message)
        : base(message)
    {
    }

    public MethodologyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming the state the project is in and the one that was requested.</summary>
    public MethodologyException(string message, string? fromState, string? toState)
        : base(fromState is null && toState is null ? message : $"{message} (from {fromState ?? "?"} to {toState ?? "?"})")
    {
        FromState = fromState;
        ToState = toState;
    }

    /// <summary>The state the project was in. <value>Null when the refusal is not about a state change.</value></summary>
    public string? FromState { get; }

    /// <summary>The state that was requested. <value>Null when the refusal is not about a state change.</value></summary>
    public string? ToState { get; }
}
