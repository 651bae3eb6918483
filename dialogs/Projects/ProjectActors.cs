using TicBot.BotKit.Schema;
using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Projects;

/// <summary>Who acts in a turn, as the project history records it.</summary>
public static class ProjectActors
{
    /// <summary>The sender of the activity (channel user id and display name).</summary>
    public static Actor From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var id = activity.From?.Id;
        return new Actor(string.IsNullOrWhiteSpace(id) ? "unknown" : id, activity.From?.Name?.Trim() ?? string.Empty);
    }

    /// <summary>
    /// Lets <paramref name="actor"/> change the project: in a shared place (group chat, team), whoever the channel
    /// lets speak in it joins the project as a contributor on their first change (and the history says so);
    /// a member whose role is reader may not change it.
    /// </summary>
    /// <returns>False when the actor may not change the project.</returns>
    public static bool EnsureCanEdit(Project project, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(actor);
        if (project.CanEdit(actor.Id))
        {
            return true;
        }

        if (project.FindMember(actor.Id) is not null)
        {
            return false;
        }

        project.SetMember(new ProjectMember(actor.Id, actor.Name, MemberRole.Contributor), actor, at);
        return true;
    }
}
