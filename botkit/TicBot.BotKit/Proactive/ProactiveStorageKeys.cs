namespace TicBot.BotKit.Proactive;

/// <summary>
/// Where proactive messaging keeps its documents in <see cref="Storage.IStorage"/>. A person's documents are found
/// by key or by one prefix, never by scanning other people's.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>{channel}/references/users/{userId}</c>: the user's personal chat (<see cref="PlaceReference"/>).</item>
/// <item><c>{channel}/references/chats/{conversationId}</c>: a group chat.</item>
/// <item><c>{channel}/references/teams/{teamId}</c>: a team (service URL, tenant, General channel).</item>
/// <item><c>{channel}/departures/{userId}/{chats|teams}/{placeId}</c>: a person removed from a place (<see cref="MemberDeparture"/>).</item>
/// </list>
/// The segments <c>users</c>, <c>chats</c>, <c>teams</c> are the ones project keys use for the same places.
/// </remarks>
public static class ProactiveStorageKeys
{
    /// <summary>The key of the reference to <paramref name="place"/>.</summary>
    public static string Reference(ConversationPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return $"{place.ChannelId}/references/{Segment(place.Kind)}/{place.Id}";
    }

    /// <summary>The key recording that <paramref name="userId"/> left the shared <paramref name="place"/>.</summary>
    public static string Departure(ConversationPlace place, string userId)
    {
        ArgumentNullException.ThrowIfNull(place);
        return $"{DeparturesOf(place.ChannelId, userId)}{Segment(place.Kind)}/{place.Id}";
    }

    /// <summary>The prefix of every departure recorded for <paramref name="userId"/>.</summary>
    public static string DeparturesOf(string channelId, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return $"{channelId}/departures/{userId}/";
    }

    private static string Segment(ConversationPlaceKind kind) => kind switch
    {
        ConversationPlaceKind.Personal => "users",
        ConversationPlaceKind.GroupChat => "chats",
        ConversationPlaceKind.Team => "teams",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
