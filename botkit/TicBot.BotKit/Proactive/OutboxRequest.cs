using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Proactive;

/// <summary>One connector call the outbox makes: a send into a conversation, or a create conversation.</summary>
/// <param name="ServiceUrl">The connector's address.</param>
/// <param name="Lane">What the per-conversation limits and ordering apply to: the conversation sent to (for a new channel post, the channel).</param>
/// <param name="TenantId">The tenant whose per-second limit the call counts against; null outside Teams.</param>
/// <param name="Activity">The activity to send, for a send.</param>
/// <param name="Parameters">The parameters, for a create conversation.</param>
internal sealed record OutboxRequest(string ServiceUrl, string Lane, string? TenantId, Activity? Activity, ConversationParameters? Parameters)
{
    /// <summary><c>POST /v3/conversations/{conversationId}/activities</c>.</summary>
    public static OutboxRequest Send(string serviceUrl, string conversationId, string? tenantId, Activity activity)
        => new(serviceUrl, conversationId, tenantId, activity, null);

    /// <summary><c>POST /v3/conversations</c>, paced in <paramref name="lane"/>.</summary>
    public static OutboxRequest Create(string serviceUrl, string lane, string? tenantId, ConversationParameters parameters)
        => new(serviceUrl, lane, tenantId, null, parameters);
}
