using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Checklists;

/// <summary>The outcome of <see cref="ChecklistService.SaveAsync"/>, with the project as it now stands.</summary>
public sealed record ChecklistSaveOutcome(ChecklistSaveStatus Status, Project? Project);

/// <summary>See <see cref="ChecklistSaveOutcome.Status"/>.</summary>
public enum ChecklistSaveStatus
{
    /// <summary>Saved (or nothing to change): the project is up to date.</summary>
    Saved,
    UnknownChecklist,
    NoProject,
    ReadOnly,
    Conflict,
}
