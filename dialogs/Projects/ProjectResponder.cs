using TicBot.BotKit.Builder;
using TicBot.BotKit.Localization;
using TicBot.Cards.Factories;
using TicBot.Methodology;
using TicBot.Cards.Views;
using TicBot.Dialogs.Cards;
using TicBot.Dialogs.Checklists;
using TicBot.Dialogs.Menu;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;
using TicBot.Methodology.Rules.Health;

namespace TicBot.Dialogs.Projects;

/// <summary>Answers what acts on one project once it is found: its cards (stamped with it), opening, archiving, restoring.</summary>
public sealed class ProjectResponder(ProjectEditor editor, CurrentProjects current, TimeProvider time)
{
    public async Task<MenuAnswer> AnswerAsync(ITurnContext turnContext, MenuIntent intent, Project project, ProjectPlace place, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(intent);
        var here = ProjectPlace.From(turnContext.Activity);
        var content = language.ToContent();
        RenderedCard Stamped(TicBot.Cards.Model.AdaptiveCard card, bool withHeading = true) => RenderedCard.ForProject(card, project, place, here, language, withHeading);
        switch (intent.Command)
        {
            case MenuCommand.Checklist:
                return ChecklistService.Card(project, intent.ChecklistId ?? string.Empty, intent.Page, content) is { } checklist
                    ? new(Stamped(checklist), null)
                    : new(null, DialogTexts.UnknownChecklistItem.For(language));
            case MenuCommand.Checklists:
                return new(Stamped(ChecklistIndexCardFactory.Create(ProjectViews.Summary(project, Content(content)).Checklists, content)), null);
            case MenuCommand.OpenProject:
                if (place == here)
                {
                    await current.SetAsync(turnContext, place, project.Id, cancellationToken);
                }

                return new(Stamped(SummaryCard(project, content), withHeading: false), DialogTexts.ProjectOpened.Format(language, project.Name));
            case MenuCommand.ManageProject:
                return new(Stamped(ProjectManageCardFactory.Create(ProjectListing.Manage(project, ProjectActors.From(turnContext.Activity)), content)), null);
            case MenuCommand.ArchiveProject or MenuCommand.RestoreProject:
                return await ArchiveAsync(turnContext, intent.Command == MenuCommand.ArchiveProject, project, place, language, cancellationToken);
            default:
                return new(Stamped(SummaryCard(project, content), withHeading: false), project.IsArchived ? DialogTexts.ProjectArchivedReadOnly.Format(language, project.Name) : null);
        }
    }

    /// <summary>Why a turn could not find its project, in words.</summary>
    public static string Explain(ProjectResolution resolution, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        return resolution.Status switch
        {
            ProjectResolutionStatus.NoPlace => DialogTexts.NoPlace.For(language),
            ProjectResolutionStatus.NoProject => DialogTexts.CreateProjectFirst.For(language),
            ProjectResolutionStatus.Choose => DialogTexts.ProjectsChooseFirst.For(language),
            ProjectResolutionStatus.Deleted => Deleted(resolution.Tombstone!, language),
            ProjectResolutionStatus.Forbidden => DialogTexts.ProjectForbidden.For(language),
            ProjectResolutionStatus.Reopen => DialogTexts.CardReopen.For(language),
            _ => DialogTexts.ProjectGone.For(language),
        };
    }

    /// <summary>Why a change was not made, in words; null when it was.</summary>
    public static string? Explain(ProjectEdit edit, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return edit.Status switch
        {
            ProjectEditStatus.Saved or ProjectEditStatus.Unchanged => null,
            ProjectEditStatus.ReadOnly => DialogTexts.ReadOnlyMember.For(language),
            ProjectEditStatus.Archived => DialogTexts.ProjectArchivedReadOnly.Format(language, edit.Project?.Name ?? string.Empty),
            ProjectEditStatus.Denied => DialogTexts.OwnerOnly.Format(language, Owner(edit.Project)),
            ProjectEditStatus.Deleted => Deleted(edit.Tombstone!, language),
            ProjectEditStatus.Conflict => DialogTexts.ConcurrentChange.For(language),
            _ => DialogTexts.ProjectGone.For(language),
        };
    }

    /// <summary>The summary card of the project: stage, progress, health flags.</summary>
    public TicBot.Cards.Model.AdaptiveCard SummaryCard(Project project, ContentLanguage content)
        => ProjectSummaryCardFactory.Create(ProjectViews.Summary(project, Content(content), ProjectHealth.Assess(project, time)), content);

    private async Task<MenuAnswer> ArchiveAsync(ITurnContext turnContext, bool archive, Project project, ProjectPlace place, UserLanguage language, CancellationToken cancellationToken)
    {
        var actor = ProjectActors.From(turnContext.Activity);
        var edit = await editor.EditAsync(place, project.Id, actor,
            (p, at) => archive ? p.Archive(actor, at) : p.Restore(actor, at), cancellationToken, onArchived: !archive);
        if (Explain(edit, language) is { } refusal)
        {
            return new(null, refusal);
        }

        var saved = edit.Project!;
        if (archive)
        {
            await current.ForgetAsync(turnContext, place, saved.Id, cancellationToken);
            return new(null, DialogTexts.ProjectArchived.Format(language, saved.Name));
        }

        return new(RenderedCard.ForProject(SummaryCard(saved, language.ToContent()), saved, place, ProjectPlace.From(turnContext.Activity), language, withHeading: false),
            DialogTexts.ProjectRestored.Format(language, saved.Name));
    }

    private static string Deleted(ProjectTombstone tombstone, UserLanguage language)
        => DialogTexts.ProjectWasDeleted.Format(language, tombstone.Name, tombstone.DeletedByName,
            DisplayFormat.Date(CollectiviteClock.LocalDate(tombstone.DeletedAt, HolidayZone.Metropolitan), language.ToContent()));

    private static string Owner(Project? project)
        => project?.FindMember(project.OwnerId)?.Name ?? Project.ErasedPersonName;

    private static MethodologyContent Content(ContentLanguage language) => MethodologyCatalog.Load().For(language);
}
