namespace TicBot.BotKit.Dialogs;

/// <summary>
/// The dialog stack of a conversation, stored as a conversation-state property. The active dialog is the
/// last entry.
/// </summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; init; } = [];
}
