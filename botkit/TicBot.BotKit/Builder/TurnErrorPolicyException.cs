namespace TicBot.BotKit.Builder;

/// <summary>The turn-error policy could not tell the user about a failed turn; the adapter answers 500.</summary>
public sealed class TurnErrorPolicyException : Exception
{
    public TurnErrorPolicyException() : this("The turn-error policy failed.") { }

    public TurnErrorPolicyException(string message) : this(message, null) { }

    public TurnErrorPolicyException(string message, Exception? innerException) : base(message, innerException) { }
}
