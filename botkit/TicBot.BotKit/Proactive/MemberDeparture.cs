namespace TicBot.BotKit.Proactive;

/// <summary>
/// A person removed from a shared place (a group chat's or a team's <c>membersRemoved</c>), kept so that what they
/// were responsible for there (reminders) can be given to someone else. Forgotten when they are added back, and
/// erased with their data.
/// </summary>
/// <param name="Place">The group chat or team they left.</param>
/// <param name="UserId">Their account id on the channel.</param>
/// <param name="AadObjectId">Their Microsoft Entra object id, when the channel gave it.</param>
/// <param name="RemovedAt">When the bot learnt of it.</param>
public sealed record MemberDeparture(ConversationPlace Place, string UserId, string? AadObjectId, DateTimeOffset RemovedAt);
