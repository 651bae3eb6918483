namespace TicBot.BotKit.Proactive;

/// <summary>The end of one outbox request: done, or given up with a reason.</summary>
/// <param name="Reason"><see cref="DeliveryReason.None"/> when done.</param>
/// <param name="Attempts">Connector calls made.</param>
/// <param name="Id">The activity id (send) or the new conversation's id (create), when the connector said.</param>
/// <param name="ActivityId">For a create conversation that carried an activity, that activity's id.</param>
/// <param name="ServiceUrl">For a create conversation, the service URL the connector gave for it, if any.</param>
/// <param name="Detail">The connector's error behind the reason.</param>
internal sealed record OutboxResult(DeliveryReason Reason, int Attempts, string? Id = null, string? ActivityId = null, string? ServiceUrl = null, string? Detail = null)
{
    public bool Succeeded => Reason == DeliveryReason.None;
}
