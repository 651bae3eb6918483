namespace TicBot.BotKit.Dialogs;

/// <summary>
/// The persisted dialog stack cannot be resumed: it names a dialog this version does not have, or a
/// dialog's state is unreadable. <see cref="DialogExtensions.RunAsync"/> resets the stack and apologises.
/// </summary>
public sealed class DialogStateException : Exception
{
    public DialogStateException() { }

    public DialogStateException(string message) : base(message) { }

    public DialogStateException(string message, Exception innerException) : base(message, innerException) { }
}
