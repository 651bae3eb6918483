namespace TicBot.Dialogs.Menu;

/// <summary>
/// An intent that waits in the dialog stack while the place's project is created (only intents that need a
/// project wait, so it carries nothing else). Stored as JSON: its shape is part of the saved state.
/// </summary>
public sealed record PendingIntent(MenuCommand Command, string? ChecklistId, int Page)
{
    public MenuIntent ToIntent() => new(Command, ChecklistId, Page);
}
