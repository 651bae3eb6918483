using TicBot.BotKit.Builder;

namespace TicBot.Dialogs.Projects;

/// <summary>
/// Finds the project a turn acts on: the one a card's button names (never the member's current project instead), or,
/// for what is typed, the member's current project in the place, else the place's only project. The outcome is kept
/// for the rest of the turn, so a turn that checks and then shows reads the project once.
/// </summary>
public sealed class ProjectResolver(ProjectStore store, CurrentProjects current)
{
    private const string TurnKey = "TicBot.Dialogs.ProjectResolution";

    /// <param name="target">What a card's button says; null for a typed request.</param>
    public async Task<ProjectResolution> ResolveAsync(ITurnContext turnContext, ProjectTarget? target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var turnKey = $"{TurnKey}:{target?.Place}:{target?.ProjectId}:{target is null}";
        if (turnContext.TurnState.Get<ProjectResolution>(turnKey) is { } known)
        {
            return known;
        }

        var resolution = await ResolveAfreshAsync(turnContext, target, cancellationToken);
        turnContext.TurnState.Set(turnKey, resolution);
        return resolution;
    }

    /// <summary>Forgets what this turn resolved (after a change that makes it stale: creation, deletion, choice).</summary>
    public static void ForgetTurn(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var key in turnContext.TurnState.Keys.Where(k => k.StartsWith(TurnKey, StringComparison.Ordinal)).ToList())
        {
            turnContext.TurnState.Remove(key);
        }
    }

    private async Task<ProjectResolution> ResolveAfreshAsync(ITurnContext turnContext, ProjectTarget? target, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (ProjectPlace.From(activity) is not { } here)
        {
            return new ProjectResolution(ProjectResolutionStatus.NoPlace);
        }

        if (target?.ProjectId is { } projectId)
        {
            return await NamedAsync(turnContext, here, projectId, target.Place, cancellationToken);
        }

        if (target is null && await current.GetAsync(turnContext, here, cancellationToken) is { } currentId)
        {
            var found = await store.FindAsync(here, currentId, cancellationToken);
            if (found.Project is { } project)
            {
                return new ProjectResolution(ProjectResolutionStatus.Found, here, project);
            }

            // Deleted or erased since: the member chooses again.
            await current.ForgetAsync(turnContext, here, currentId, cancellationToken);
        }

        var active = (await store.ListAsync(here, cancellationToken)).Where(p => !p.IsArchived).ToList();
        switch (active.Count)
        {
            case 0:
                return new ProjectResolution(ProjectResolutionStatus.NoProject, here);
            case 1:
                if (target is null)
                {
                    await current.SetAsync(turnContext, here, active[0].Id, cancellationToken);
                }

                return new ProjectResolution(ProjectResolutionStatus.Found, here, active[0]);
            default:
                return new ProjectResolution(target is null ? ProjectResolutionStatus.Choose : ProjectResolutionStatus.Reopen, here, Candidates: active);
        }
    }

    private async Task<ProjectResolution> NamedAsync(ITurnContext turnContext, ProjectPlace here, string projectId, string? placeReference, CancellationToken cancellationToken)
    {
        var place = placeReference is null ? here : ProjectPlace.FromReference(here.ChannelId, placeReference);
        if (place is null)
        {
            return new ProjectResolution(ProjectResolutionStatus.NotFound, here);
        }

        var found = await store.FindAsync(place, projectId, cancellationToken);
        if (found.Tombstone is { } tombstone)
        {
            return new ProjectResolution(ProjectResolutionStatus.Deleted, place, Tombstone: tombstone);
        }

        if (found.Project is not { } project)
        {
            return new ProjectResolution(ProjectResolutionStatus.NotFound, place);
        }

        // Away from its place (a reminder in a personal chat), only the project's own members may act on it.
        var away = place != here;
        return away && project.FindMember(ProjectActors.From(turnContext.Activity).Id) is null
            ? new ProjectResolution(ProjectResolutionStatus.Forbidden, place)
            : new ProjectResolution(ProjectResolutionStatus.Found, place, project);
    }
}
