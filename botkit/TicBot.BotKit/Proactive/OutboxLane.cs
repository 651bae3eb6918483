namespace TicBot.BotKit.Proactive;

/// <summary>One conversation's queue in the outbox: sent in order, one at a time, within its limits.</summary>
internal sealed class OutboxLane
{
    public LinkedList<OutboxItem> Waiting { get; } = new();

    public SendHistory History { get; } = new();

    /// <summary>True while one of its requests is with the connector.</summary>
    public bool Busy { get; set; }
}
