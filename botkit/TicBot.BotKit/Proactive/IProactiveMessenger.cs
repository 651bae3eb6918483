using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Proactive;

/// <summary>
/// Speaks first. Every message goes through the outbox: paced under Teams' limits, retried on 429 and 5xx, never
/// inside a user's turn (await it from a background service; a turn that must not wait discards the task).
/// Connector failures never throw: the <see cref="DeliveryOutcome"/> says where the message went, or why not.
/// A send answered 403 or 404 removes the stored reference it used.
/// </summary>
public interface IProactiveMessenger
{
    /// <summary>
    /// Delivers <see cref="PersonDelivery.Message"/> to <see cref="PersonDelivery.Person"/>, trying in turn:
    /// <list type="number">
    /// <item>their personal chat, when its reference is stored (<see cref="DeliveryStatus.SentToPerson"/>);</item>
    /// <item>opening a personal chat when there is none (or it is gone, 404) and the place is a team (or the gone chat
    /// said where): <c>POST /v3/conversations</c> with the member, the bot, <c>tenantId</c> and
    /// <c>channelData.tenant.id</c>; its reference is stored, then the message sent (<see cref="DeliveryStatus.SentToPerson"/>);</item>
    /// <item>the place: the group chat, or a new post in the team's General channel, the text starting with a mention
    /// of the person (<see cref="DeliveryStatus.SentToPlace"/>, <see cref="DeliveryOutcome.Reason"/> saying why not
    /// to them: <see cref="DeliveryReason.NoPersonalChat"/> for a group chat, <see cref="DeliveryReason.PersonalChatRefused"/>,
    /// <see cref="DeliveryReason.BlockedByUser"/>…).</item>
    /// </list>
    /// A transient failure (<see cref="DeliveryReason.Throttled"/>, <see cref="DeliveryReason.ServiceUnavailable"/>,
    /// <see cref="DeliveryReason.DeliveryUncertain"/>), a refused message or a bot disabled by the administrator ends
    /// there, <see cref="DeliveryStatus.Failed"/>: the place is not asked to carry what may already have arrived.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled while the message waited, or the host is stopping.</exception>
    /// <exception cref="Storage.StorageConflictException">Never; storage failures other than conflicts propagate.</exception>
    Task<DeliveryOutcome> DeliverToPersonAsync(PersonDelivery delivery, CancellationToken cancellationToken);

    /// <summary>
    /// Posts <paramref name="message"/> in <paramref name="place"/>: into the personal or group chat, or as a new post
    /// in the team's General channel. <see cref="DeliveryReason.NoReference"/> when none is stored.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled while the message waited, or the host is stopping.</exception>
    Task<DeliveryOutcome> DeliverToPlaceAsync(ConversationPlace place, Activity message, CancellationToken cancellationToken);
}
