using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Connector;

/// <summary>
/// The Bot Connector REST API (v3), called relative to an activity's <c>serviceUrl</c>, base path kept.
/// </summary>
/// <remarks>
/// Every call adds <c>Authorization: Bearer</c> when the token provider gives a token. A 429 waits for
/// <c>Retry-After</c>; 412, 502, 503 and 504 are retried with jittered backoff a bounded number of times
/// (<see cref="ConnectorOptions"/>). A POST whose answer never came is not retried, since the connector does
/// not deduplicate and it may have been delivered; PUT, DELETE and GET are. Waits use the injected
/// <see cref="TimeProvider"/>.
/// </remarks>
/// <exception cref="ConnectorException">Thrown by every method when the connector refuses, fails, or times out.</exception>
/// <exception cref="ArgumentException">Thrown when <c>serviceUrl</c> is not an absolute http(s) URL or an id is empty.</exception>
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
