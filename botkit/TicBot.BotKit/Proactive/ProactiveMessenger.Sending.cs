using Microsoft.Extensions.Logging;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Logging;

namespace TicBot.BotKit.Proactive;

/// <summary>The connector calls behind a delivery, through the outbox, and the references they add or remove.</summary>
internal sealed partial class ProactiveMessenger
{
    /// <summary>Sends into the reference's conversation (a team: a new post in its General channel).</summary>
    private async Task<DeliveryOutcome> SendAsync(PlaceReference reference, Activity message, CancellationToken cancellationToken)
    {
        OutboxResult result;
        string? conversationId;
        if (reference.Place.Kind == ConversationPlaceKind.Team)
        {
            result = await outbox.SendAsync(OutboxRequest.Create(reference.ServiceUrl, reference.ConversationId, reference.TenantId, NewChannelPost(reference, message)), cancellationToken);
            conversationId = result.Id;
        }
        else
        {
            var activity = ProactiveActivities.For(reference, message);
            result = await outbox.SendAsync(OutboxRequest.Send(reference.ServiceUrl, reference.ConversationId, reference.TenantId, activity), cancellationToken);
            conversationId = reference.ConversationId;
        }

        if (result.Reason is DeliveryReason.BlockedByUser or DeliveryReason.BotDisabledByAdmin or DeliveryReason.Forbidden or DeliveryReason.ConversationNotFound)
        {
            await references.RemoveAsync(reference.Place, cancellationToken);
            logger.LogInformation("Reference to {Kind} {PlaceId} removed: the channel answered {Reason}", reference.Place.Kind, LogIds.Id(reference.Place.Id), result.Reason);
        }

        if (!result.Succeeded)
        {
            return DeliveryOutcome.Failed(result.Reason, result.Detail);
        }

        var status = reference.Place.Kind == ConversationPlaceKind.Personal ? DeliveryStatus.SentToPerson : DeliveryStatus.SentToPlace;
        return new DeliveryOutcome(status, DeliveryReason.None, conversationId, reference.Place.Kind == ConversationPlaceKind.Team ? result.ActivityId : result.Id, null);
    }

    /// <summary>Opens the person's personal chat where <paramref name="opener"/> reaches them, stores it, and sends there.</summary>
    private async Task<DeliveryOutcome> OpenPersonalChatAsync(PlaceReference opener, PersonDelivery delivery, CancellationToken cancellationToken)
    {
        var person = delivery.Person;
        var tenantId = delivery.TenantId ?? opener.TenantId;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = opener.BotId },
            Members = [new ChannelAccount { Id = person.Id }],
            TenantId = tenantId,
            ChannelData = TeamsChannelData.WithTenant(null, tenantId),
        };
        var created = await outbox.SendAsync(OutboxRequest.Create(opener.ServiceUrl, "open/" + person.Id, tenantId, parameters), cancellationToken);
        if (!created.Succeeded || string.IsNullOrEmpty(created.Id))
        {
            var reason = created.Reason is DeliveryReason.None or DeliveryReason.BlockedByUser or DeliveryReason.Forbidden
                or DeliveryReason.ConversationNotFound or DeliveryReason.Rejected ? DeliveryReason.PersonalChatRefused : created.Reason;
            return DeliveryOutcome.Failed(reason, created.Detail);
        }

        var reference = new PlaceReference
        {
            Place = new ConversationPlace(delivery.Place.ChannelId, ConversationPlaceKind.Personal, person.Id),
            ServiceUrl = created.ServiceUrl ?? opener.ServiceUrl,
            BotId = opener.BotId,
            ConversationId = created.Id,
            TenantId = tenantId,
            UserAadObjectId = person.AadObjectId,
            SavedAt = timeProvider.GetUtcNow(),
        };
        await references.SaveAsync(reference, force: true, cancellationToken);
        logger.LogInformation("Personal chat opened for a person through {Kind} {PlaceId}", opener.Place.Kind, LogIds.Id(opener.Place.Id));
        return await SendAsync(reference, delivery.Message, cancellationToken);
    }

    /// <summary>The parameters of a new post in the team's General channel (<c>channelData.channel.id</c>) carrying the message.</summary>
    private static ConversationParameters NewChannelPost(PlaceReference team, Activity message)
    {
        var channel = System.Text.Json.JsonSerializer.SerializeToElement(
            new System.Text.Json.Nodes.JsonObject { ["channel"] = new System.Text.Json.Nodes.JsonObject { ["id"] = team.ConversationId } },
            BotKitJsonContext.Default.JsonObject);
        return new ConversationParameters
        {
            IsGroup = true,
            Bot = new ChannelAccount { Id = team.BotId },
            TenantId = team.TenantId,
            ChannelData = TeamsChannelData.WithTenant(channel, team.TenantId),
            Activity = ProactiveActivities.Detached(message, team.TenantId),
        };
    }
}
