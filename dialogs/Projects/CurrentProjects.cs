using TicBot.BotKit.Builder;
using TicBot.BotKit.State;

namespace TicBot.Dialogs.Projects;

/// <summary>
/// Each member's current project in each place, kept in their <see cref="MemberProfile"/>: loaded only by turns that
/// need it, written only when it changes (DESIGN, wave 2, decisions 2 and 3).
/// </summary>
public sealed class CurrentProjects(IStatePropertyAccessor<MemberProfile> profiles)
{
    /// <summary>The member's current project in <paramref name="place"/>. <value>Null when none was chosen.</value></summary>
    public async Task<string?> GetAsync(ITurnContext turnContext, ProjectPlace place, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        var profile = await profiles.GetAsync(turnContext, null, cancellationToken);
        return profile?.CurrentProjects.GetValueOrDefault(place.Reference);
    }

    /// <summary>Makes <paramref name="projectId"/> the member's current project in <paramref name="place"/>.</summary>
    public async Task SetAsync(ITurnContext turnContext, ProjectPlace place, string projectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        var profile = await profiles.GetAsync(turnContext, () => new MemberProfile(), cancellationToken) ?? new MemberProfile();
        if (profile.CurrentProjects.GetValueOrDefault(place.Reference) != projectId)
        {
            profile.CurrentProjects[place.Reference] = projectId;
            await profiles.SetAsync(turnContext, profile, cancellationToken);
        }
    }

    /// <summary>Forgets the member's current project in <paramref name="place"/> when it is <paramref name="projectId"/>.</summary>
    public async Task ForgetAsync(ITurnContext turnContext, ProjectPlace place, string projectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        var profile = await profiles.GetAsync(turnContext, null, cancellationToken);
        if (profile is not null && profile.CurrentProjects.GetValueOrDefault(place.Reference) == projectId)
        {
            profile.CurrentProjects.Remove(place.Reference);
            await profiles.SetAsync(turnContext, profile, cancellationToken);
        }
    }

    /// <summary>Notes that the member keeps a dialog state of their own in this group conversation (for their data rights).</summary>
    public async Task NoteConversationAsync(ITurnContext turnContext, string conversationId, CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(turnContext, () => new MemberProfile(), cancellationToken) ?? new MemberProfile();
        if (!profile.Conversations.Contains(conversationId, StringComparer.Ordinal))
        {
            profile.Conversations.Add(conversationId);
            await profiles.SetAsync(turnContext, profile, cancellationToken);
        }
    }
}
