namespace TicBot.BotKit.Dialogs;

/// <summary>
/// The dialog stack of a conversation, stored as a conversation-state property. The active dialog is the
/// last entry.
/// </summary>
public sealed class DialogState
{
    /// <summary>The conventional conversation-state property name of the stack (used by the testing kit).</summary>
    public const string PropertyName = "DialogState";

    public List<DialogInstance> DialogStack { get; init; } = [];
}
