using TicBot.Dialogs.Projects;

namespace TicBot.Dialogs.Menu;

/// <summary>
/// An intent that waits in the dialog stack while a question is asked first (the place's project is created, an
/// operation is confirmed). Stored as JSON: its shape is part of the saved state; fields are only ever added.
/// </summary>
/// <param name="ProjectId">The project a card's button named; null for typed requests.</param>
/// <param name="Place">The place of that project when the card was shown outside it.</param>
/// <param name="FromCard">True when the intent came from a card drawn for a project (its target counts even when it
/// names no project: an older card).</param>
public sealed record PendingIntent(MenuCommand Command, string? ChecklistId, int Page, string? ProjectId = null, string? Place = null, bool FromCard = false)
{
    public MenuIntent ToIntent() => new(Command, ChecklistId, Page, Target: FromCard ? new ProjectTarget(ProjectId, Place) : null);
}
