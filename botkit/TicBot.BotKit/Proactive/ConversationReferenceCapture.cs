using Microsoft.Extensions.Logging;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Logging;

namespace TicBot.BotKit.Proactive;

/// <summary>
/// Keeps the stored references in step with what the channel says about a place:
/// <list type="bullet">
/// <item>bot added (installationUpdate <c>add</c>, or the bot in <c>membersAdded</c>): the reference is written;</item>
/// <item>bot removed (installationUpdate <c>remove</c>, the bot in <c>membersRemoved</c>, Teams <c>teamDeleted</c>;
/// in a personal chat, its user removed): the reference is deleted;</item>
/// <item>people removed from a group chat or a team: a <see cref="MemberDeparture"/> each; added back: forgotten;</item>
/// <item>anything else from a place (messages, invokes): the reference is written only when it changed.</item>
/// </list>
/// </summary>
public sealed class ConversationReferenceCapture(ConversationReferenceStore store, TimeProvider timeProvider, ILogger<ConversationReferenceCapture> logger)
{
    /// <summary>Applies what <paramref name="activity"/> says to the stored references.</summary>
    /// <exception cref="Storage.StorageConflictException">Never: every write is unconditional.</exception>
    public async Task CaptureAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (ConversationPlace.From(activity) is not { } place)
        {
            return;
        }

        if (IsBotRemoved(activity, place))
        {
            await store.RemoveAsync(place, cancellationToken);
            logger.LogInformation("Reference to {Kind} {PlaceId} removed: the bot left", place.Kind, LogIds.Id(place.Id));
            return;
        }

        if (PlaceReference.From(activity, place, timeProvider.GetUtcNow()) is { } reference)
        {
            var added = IsBotAdded(activity);
            if (await store.SaveAsync(reference, force: added, cancellationToken) && added)
            {
                logger.LogInformation("Reference to {Kind} {PlaceId} stored: the bot was added", place.Kind, LogIds.Id(place.Id));
            }
        }

        if (place.IsShared && activity.Type == ActivityTypes.ConversationUpdate)
        {
            await TrackMembersAsync(activity, place, cancellationToken);
        }
    }

    /// <summary>True for installationUpdate <c>add</c>/<c>add-upgrade</c>, or a conversationUpdate adding the bot.</summary>
    public static bool IsBotAdded(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type switch
        {
            ActivityTypes.InstallationUpdate => activity.Action is "add" or "add-upgrade",
            ActivityTypes.ConversationUpdate => Contains(activity.MembersAdded, activity.Recipient?.Id),
            _ => false,
        };
    }

    private static bool IsBotRemoved(Activity activity, ConversationPlace place) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => activity.Action == "remove",
        ActivityTypes.ConversationUpdate => Contains(activity.MembersRemoved, activity.Recipient?.Id)
            || (place.Kind == ConversationPlaceKind.Personal && Contains(activity.MembersRemoved, place.Id))
            || (place.Kind == ConversationPlaceKind.Team && activity.GetTeamsEventType() == "teamDeleted"),
        _ => false,
    };

    private async Task TrackMembersAsync(Activity activity, ConversationPlace place, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        foreach (var member in activity.MembersRemoved ?? [])
        {
            if (member?.Id is { Length: > 0 } userId && userId != botId)
            {
                await store.RecordDepartureAsync(new MemberDeparture(place, userId, member.AadObjectId, timeProvider.GetUtcNow()), cancellationToken);
                logger.LogInformation("Member left {Kind} {PlaceId}: departure recorded", place.Kind, LogIds.Id(place.Id));
            }
        }

        foreach (var member in activity.MembersAdded ?? [])
        {
            if (member?.Id is { Length: > 0 } userId && userId != botId)
            {
                await store.ForgetDepartureAsync(place, userId, cancellationToken);
            }
        }
    }

    private static bool Contains(IList<ChannelAccount>? members, string? id)
        => !string.IsNullOrEmpty(id) && (members ?? []).Any(m => string.Equals(m?.Id, id, StringComparison.Ordinal));
}
