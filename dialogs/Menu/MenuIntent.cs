using TicBot.Cards.Actions;
using TicBot.Dialogs.Projects;

namespace TicBot.Dialogs.Menu;

/// <summary>What the user asked for from the menu, typed or clicked.</summary>
/// <param name="Command">The menu command.</param>
/// <param name="ChecklistId">For <see cref="MenuCommand.Checklist"/>: the checklist to open.</param>
/// <param name="Page">For the paged cards: the page to open, from 0.</param>
/// <param name="ComingSoon">For <see cref="MenuCommand.ComingSoon"/>: the entry not built yet.</param>
/// <param name="Target">For a card's button: the project the card was drawn for. Null for typed requests, which act
/// on the member's current project.</param>
public sealed record MenuIntent(MenuCommand Command, string? ChecklistId = null, int Page = 0, MenuEntry? ComingSoon = null, ProjectTarget? Target = null)
{
    /// <summary>True when the command works on a project of the place (created first when the place has none).</summary>
    public bool NeedsProject => Command is MenuCommand.Checklist or MenuCommand.Checklists or MenuCommand.Summary
        or MenuCommand.ManageProject or MenuCommand.RenameProject or MenuCommand.ArchiveProject or MenuCommand.RestoreProject
        or MenuCommand.DeleteProject or MenuCommand.TransferProject or MenuCommand.OpenProject;

    /// <summary>True when the command changes the project (refused on an archived project, and to readers).</summary>
    public bool ChangesProject => Command is MenuCommand.RenameProject or MenuCommand.ArchiveProject or MenuCommand.TransferProject or MenuCommand.DeleteProject;

    /// <summary>What the dialog stack keeps of the intent while a question is asked first.</summary>
    public PendingIntent ToPending() => new(Command, ChecklistId, Page, Target?.ProjectId, Target?.Place, Target is not null);
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

    /// <summary>"mes projets": the place's projects (<see cref="MenuIntent.Page"/>).</summary>
    Projects,

    /// <summary>The place's archived projects.</summary>
    ArchivedProjects,
    NewProject,

    /// <summary>Makes the target project the member's current project, and shows its summary.</summary>
    OpenProject,
    ManageProject,
    RenameProject,
    ArchiveProject,
    RestoreProject,
    DeleteProject,
    TransferProject,
}
