using Microsoft.Extensions.Logging;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Logging;

namespace TicBot.BotKit.Proactive;

/// <summary>The <see cref="IProactiveMessenger"/>: the person's chat, else a new one, else the place with a mention.</summary>
internal sealed partial class ProactiveMessenger(
    ConversationReferenceStore references, ProactiveOutbox outbox, TimeProvider timeProvider, ILogger<ProactiveMessenger> logger) : IProactiveMessenger
{
    public async Task<DeliveryOutcome> DeliverToPersonAsync(PersonDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var personalPlace = new ConversationPlace(delivery.Place.ChannelId, ConversationPlaceKind.Personal, delivery.Person.Id);
        var personal = await references.GetAsync(personalPlace, cancellationToken);
        DeliveryOutcome? missed = null;
        if (personal is not null)
        {
            var sent = await SendAsync(personal, delivery.Message, cancellationToken);
            if (sent.Delivered || !MayTryElsewhere(sent.Reason))
            {
                return sent;
            }

            missed = sent;
        }

        var place = delivery.Place.IsShared ? await references.GetAsync(delivery.Place, cancellationToken) : null;
        var opener = missed?.Reason is DeliveryReason.BlockedByUser or DeliveryReason.Forbidden ? null
            : place?.Place.Kind == ConversationPlaceKind.Team ? place
            : missed?.Reason == DeliveryReason.ConversationNotFound ? personal
            : null;
        if (opener is not null)
        {
            var opened = await OpenPersonalChatAsync(opener, delivery, cancellationToken);
            if (opened.Delivered || !MayTryElsewhere(opened.Reason))
            {
                return opened;
            }

            missed = opened;
        }

        var why = missed?.Reason ?? (place?.Place.Kind == ConversationPlaceKind.GroupChat ? DeliveryReason.NoPersonalChat : DeliveryReason.NoReference);
        if (place is null)
        {
            return DeliveryOutcome.Failed(why, missed?.Detail);
        }

        var posted = await SendAsync(place, ProactiveActivities.WithMention(delivery.Message, delivery.Person), cancellationToken);
        logger.LogInformation("Proactive message for a person went to {Kind} {PlaceId} ({Reason}): {Status}", place.Place.Kind, LogIds.Id(place.Place.Id), why, posted.Status);
        return posted.Delivered ? posted with { Reason = why, Detail = missed?.Detail } : posted;
    }

    public async Task<DeliveryOutcome> DeliverToPlaceAsync(ConversationPlace place, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(message);
        var reference = await references.GetAsync(place, cancellationToken);
        return reference is null ? DeliveryOutcome.Failed(DeliveryReason.NoReference) : await SendAsync(reference, message, cancellationToken);
    }

    /// <summary>Where a miss leaves room for another way: the person or the chat is unreachable, not the service.</summary>
    private static bool MayTryElsewhere(DeliveryReason reason) => reason is DeliveryReason.NoReference or DeliveryReason.NoPersonalChat
        or DeliveryReason.PersonalChatRefused or DeliveryReason.BlockedByUser or DeliveryReason.Forbidden or DeliveryReason.ConversationNotFound;
}
