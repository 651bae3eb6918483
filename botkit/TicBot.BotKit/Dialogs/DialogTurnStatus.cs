namespace TicBot.BotKit.Dialogs;

/// <summary>Where the dialog stack stands after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended normally.</summary>
    Complete,

    /// <summary>The stack was cancelled (the user said "annuler", or the code cancelled it).</summary>
    Cancelled,

    /// <summary>A prompt gave up after its maximum number of attempts; its result is null.</summary>
    Abandoned,
}
