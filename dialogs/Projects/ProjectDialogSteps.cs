using TicBot.BotKit.Dialogs;
using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Projects;

/// <summary>What the project dialogs do first: find the project they were started on, and check the member may act.</summary>
internal static class ProjectDialogSteps
{
    /// <summary>
    /// The project of the dialog's <see cref="ProjectDialogOptions"/>, read afresh; when it is gone, says so and returns
    /// null (the caller ends the dialog). With <paramref name="right"/>, a member without it is told why, and null too.
    /// </summary>
    public static async Task<(ProjectPlace Place, Project Project)?> FindAsync(
        WaterfallStepContext step, ProjectStore store, CancellationToken cancellationToken, ProjectRight? right = null)
    {
        var options = step.GetOptions(TicBotDialogsJsonContext.Default.ProjectDialogOptions);
        var place = options?.PlaceOn(step.Context.Activity.ChannelId);
        var found = place is null ? null : await store.FindAsync(place, options!.ProjectId, cancellationToken);
        if (found?.Project is not { } project)
        {
            await step.Context.SendActivityAsync(DialogTexts.ProjectGone.For(step.Language), cancellationToken);
            return null;
        }

        if (right is { } needed && !ProjectRoles.Allows(project, ProjectActors.From(step.Context.Activity).Id, needed))
        {
            await step.Context.SendActivityAsync(ProjectResponder.Explain(new ProjectEdit(ProjectEditStatus.Denied, project, Right: needed), step.Language)!, cancellationToken);
            return null;
        }

        return (place!, project);
    }
}
