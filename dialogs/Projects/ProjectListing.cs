using TicBot.BotKit.Localization;
using TicBot.Cards.Views;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;

namespace TicBot.Dialogs.Projects;

/// <summary>The views of the cards that list and manage a place's projects.</summary>
public static class ProjectListing
{
    /// <summary>The content role of the chef de projet.</summary>
    public const string ProjectLeadRole = "role.project-lead";

    /// <summary>The active or archived projects of a place, as "mes projets" lists them.</summary>
    public static ProjectListView List(IReadOnlyList<Project> projects, string? currentId, bool archived, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var shown = projects.Where(p => p.IsArchived == archived).ToList();
        return new ProjectListView([.. shown.Select(p => Item(p, p.Id == currentId, language))], archived, projects.Count - shown.Count);
    }

    /// <summary>What the card managing <paramref name="project"/> offers to <paramref name="actor"/>.</summary>
    public static ProjectManageView Manage(Project project, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(actor);
        var role = project.FindMember(actor.Id)?.Role;
        return new ProjectManageView(
            project.Name,
            project.FindMember(project.OwnerId)?.Name ?? Project.ErasedPersonName,
            project.IsArchived,
            CanEdit: role is not MemberRole.Reader,
            IsOwner: project.OwnerId == actor.Id,
            HasOtherMembers: project.Members.Any(m => m.UserId != project.OwnerId));
    }

    /// <summary>Who leads the project: the chef de projet when one is named, else the owner.</summary>
    public static string Lead(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return (project.Members.FirstOrDefault(m => m.ResponsibilityId == ProjectLeadRole) ?? project.FindMember(project.OwnerId))?.Name
            ?? Project.ErasedPersonName;
    }

    private static ProjectListItemView Item(Project project, bool isCurrent, UserLanguage language)
    {
        var progress = project.GetAllChecklistProgress();
        return new ProjectListItemView(
            project.Id,
            project.Name,
            ProjectViews.PhaseLabel(project.Phase, language.ToContent()),
            progress.Sum(p => p.Ticked),
            progress.Sum(p => p.Total),
            CollectiviteClock.LocalDate(project.LastChangedAt, project.Profile.HolidayZone),
            Lead(project),
            isCurrent,
            project.IsArchived);
    }
}
