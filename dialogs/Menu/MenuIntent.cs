using TicBot.Cards.Actions;

namespace TicBot.Dialogs.Menu;

/// <summary>What the user asked for from the menu, typed or clicked.</summary>
/// <param name="Command">The menu command.</param>
/// <param name="ChecklistId">For <see cref="MenuCommand.Checklist"/>: the checklist to open.</param>
/// <param name="Page">For <see cref="MenuCommand.Checklist"/>: the page to open, from 0.</param>
/// <param name="ComingSoon">For <see cref="MenuCommand.ComingSoon"/>: the entry not built yet.</param>
public sealed record MenuIntent(MenuCommand Command, string? ChecklistId = null, int Page = 0, MenuEntry? ComingSoon = null)
{
    /// <summary>True when the command works on the place's project (created first when missing).</summary>
    public bool NeedsProject => Command is MenuCommand.Checklist or MenuCommand.Checklists or MenuCommand.Summary;

    /// <summary>What the dialog stack keeps of the intent while the project is being created.</summary>
    public PendingIntent ToPending() => new(Command, ChecklistId, Page);
}

/// <summary>See <see cref="MenuIntent.Command"/>.</summary>
public enum MenuCommand
{
    /// <summary>Text the bot does not understand: a short help and the menu.</summary>
    Unknown,
    Menu,
    Help,
    Checklists,
    Checklist,
    Summary,
    ComingSoon,

    /// <summary>The user asks for a copy of what TicBot keeps about them.</summary>
    MyData,

    /// <summary>The user asks TicBot to erase what it keeps about them.</summary>
    EraseMyData,
}
