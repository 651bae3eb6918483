using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Proactive;

/// <summary>
/// A stored conversation reference: what the bot needs to speak first in a place. A personal reference holds its
/// user (id and AAD object id); a group chat's or a team's holds nobody, so that it changes only when the place does.
/// </summary>
public sealed record PlaceReference
{
    /// <summary>The place this reference reaches.</summary>
    public required ConversationPlace Place { get; init; }

    /// <summary>The connector's address for this place (the activity's <c>serviceUrl</c>).</summary>
    public required string ServiceUrl { get; init; }

    /// <summary>The bot's account id on the channel (Teams: <c>28:&lt;appId&gt;</c>).</summary>
    public required string BotId { get; init; }

    /// <summary>
    /// The conversation to post into: the personal chat's or the group chat's id; for a team, its General channel,
    /// whose id is the team id in Teams (a new post there is created with <c>POST /v3/conversations</c>).
    /// </summary>
    public required string ConversationId { get; init; }

    /// <summary>The tenant (<c>channelData.tenant.id</c>); null outside Teams.</summary>
    public string? TenantId { get; init; }

    /// <summary>For a personal reference, the user's Microsoft Entra (AAD) object id when the channel gave it.</summary>
    public string? UserAadObjectId { get; init; }

    /// <summary>When it was saved (not compared: a reference is the same when only this differs).</summary>
    public DateTimeOffset SavedAt { get; init; }

    /// <summary>
    /// The reference an inbound activity gives for <paramref name="place"/>, or null when it lacks the service URL,
    /// the bot or the conversation.
    /// </summary>
    public static PlaceReference? From(Activity activity, ConversationPlace place, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(place);
        var conversationId = place.Kind switch
        {
            ConversationPlaceKind.Team => place.Id,
            ConversationPlaceKind.GroupChat => place.Id,
            _ => activity.Conversation?.Id,
        };
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) || activity.Recipient?.Id is not { Length: > 0 } botId || string.IsNullOrEmpty(conversationId))
        {
            return null;
        }

        return new PlaceReference
        {
            Place = place,
            ServiceUrl = activity.ServiceUrl,
            BotId = botId,
            ConversationId = conversationId,
            TenantId = activity.GetTenantId(),
            UserAadObjectId = place.Kind == ConversationPlaceKind.Personal ? activity.From?.AadObjectId : null,
            SavedAt = now,
        };
    }

    /// <summary>True when both reach the same place the same way (<see cref="SavedAt"/> aside).</summary>
    public bool SameAs(PlaceReference? other) => other is not null && this with { SavedAt = default } == other with { SavedAt = default };

    /// <summary>
    /// The Bot Framework reference, for <c>ContinueConversationAsync</c>. For a team it names the General channel:
    /// a send there starts a new post.
    /// </summary>
    public ConversationReference ToConversationReference() => new()
    {
        ChannelId = Place.ChannelId,
        ServiceUrl = ServiceUrl,
        Bot = new ChannelAccount { Id = BotId },
        User = Place.Kind == ConversationPlaceKind.Personal ? new ChannelAccount { Id = Place.Id, AadObjectId = UserAadObjectId } : null,
        Conversation = new ConversationAccount
        {
            Id = ConversationId,
            TenantId = TenantId,
            IsGroup = Place.IsShared,
            ConversationType = Place.Kind switch
            {
                ConversationPlaceKind.Team => "channel",
                ConversationPlaceKind.GroupChat => "groupChat",
                _ => "personal",
            },
        },
    };
}
