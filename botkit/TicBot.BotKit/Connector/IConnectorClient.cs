using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Connector;

/// <summary>
/// The Bot Connector REST API (v3), called relative to an activity's <c>serviceUrl</c>, base path kept.
/// </summary>
/// <remarks>
/// Every call adds <c>Authorization: Bearer</c> when the token provider gives a token (with an app id only to https
/// service URLs or loopback; in local mode only loopback service URLs are called). Retries run in a
/// Microsoft.Extensions.Http.Resilience pipeline: a 429 waits for <c>Retry-After</c>; 412, 502, 503 and 504 are retried
/// with jittered backoff a bounded number of times (<see cref="ConnectorOptions"/>). A POST whose answer never came is
/// not retried, since the connector does not deduplicate and it may have been delivered; PUT, DELETE and GET are. No
/// wait starts that would end after the current turn's deadline, and the cancellation token bounds every wait. Waits
/// use the injected <see cref="TimeProvider"/>.
/// </remarks>
/// <exception cref="ConnectorException">Thrown by every method when the connector refuses, fails, or times out.</exception>
/// <exception cref="ArgumentException">Thrown when <c>serviceUrl</c> is not an absolute http(s) URL, is one this bot
/// may not call (see remarks), or an id is empty.</exception>
public interface IConnectorClient
{
    /// <summary><c>POST /v3/conversations/{conversationId}/activities</c>.</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>POST /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>PUT /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>DELETE /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary><c>POST /v3/conversations</c>: opens a conversation (a 1:1 with a user, given the tenant).</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary><c>GET /v3/conversations/{conversationId}/members</c>.</summary>
    Task<IList<ChannelAccount>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken);

    /// <summary><c>GET /v3/conversations/{conversationId}/pagedmembers</c>.</summary>
    /// <param name="pageSize">Null for the channel's default.</param>
    /// <param name="continuationToken">Null for the first page.</param>
    Task<PagedMembersResult> GetConversationPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);
}
