using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Proactive;

/// <summary>A message to deliver to one person, about something that lives in <paramref name="Place"/>.</summary>
/// <param name="Person">Who it is for.</param>
/// <param name="TenantId">Their tenant (needed by Teams to open a personal chat); null to take the place's.</param>
/// <param name="Place">Where the matter lives (the project's place): the fallback when the person cannot be reached directly.</param>
/// <param name="Message">
/// The message (text and/or attachments such as an Adaptive Card). It is copied, never changed; conversation,
/// from, recipient, <c>replyToId</c> and the tenant are filled in. Sent to the place, its text starts with a mention
/// of the person.
/// </param>
public sealed record PersonDelivery(ProactiveRecipient Person, string? TenantId, ConversationPlace Place, Activity Message);
