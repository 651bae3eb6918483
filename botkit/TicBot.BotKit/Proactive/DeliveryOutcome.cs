namespace TicBot.BotKit.Proactive;

/// <summary>What became of a proactive message: where it went, and why not further.</summary>
/// <param name="Status">Sent to the person, sent to the place with a mention, or failed.</param>
/// <param name="Reason">
/// <see cref="DeliveryReason.None"/> when sent to the person; for <see cref="DeliveryStatus.SentToPlace"/> why the
/// person could not be reached directly; for <see cref="DeliveryStatus.Failed"/> why nothing was sent.
/// </param>
/// <param name="ConversationId">The conversation the message was posted in (a new channel post's id for a team); null when failed.</param>
/// <param name="ActivityId">The id the connector gave the message, when it said.</param>
/// <param name="Detail">The connector's error code and message behind the reason, for logs and support; null when none.</param>
public sealed record DeliveryOutcome(DeliveryStatus Status, DeliveryReason Reason, string? ConversationId, string? ActivityId, string? Detail)
{
    /// <summary>True when the message was posted somewhere.</summary>
    public bool Delivered => Status != DeliveryStatus.Failed;

    internal static DeliveryOutcome Failed(DeliveryReason reason, string? detail = null) => new(DeliveryStatus.Failed, reason, null, null, detail);
}
