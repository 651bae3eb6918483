using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Connector;

/// <summary>The REST operations of the connector.</summary>
internal sealed partial class ConnectorClient
{
    private const string V3 = "v3";
    private const string Conversations = "conversations";
    private const string Activities = "activities";

    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ConnectorUris.Build(serviceUrl, [V3, Conversations, conversationId, Activities]);
        return await SendAsync(HttpMethod.Post, uri, () => Json(Outgoing(activity), BotKitJsonContext.Default.Activity), BotKitJsonContext.Default.ResourceResponse, cancellationToken)
            ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ConnectorUris.Build(serviceUrl, [V3, Conversations, conversationId, Activities, activityId]);
        return await SendAsync(HttpMethod.Post, uri, () => Json(Outgoing(activity), BotKitJsonContext.Default.Activity), BotKitJsonContext.Default.ResourceResponse, cancellationToken)
            ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ConnectorUris.Build(serviceUrl, [V3, Conversations, conversationId, Activities, activityId]);
        activity.Timestamp = null;
        return await SendAsync(HttpMethod.Put, uri, () => Json(activity, BotKitJsonContext.Default.Activity), BotKitJsonContext.Default.ResourceResponse, cancellationToken)
            ?? new ResourceResponse(activityId);
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var uri = ConnectorUris.Build(serviceUrl, [V3, Conversations, conversationId, Activities, activityId]);
        await SendAsync<ResourceResponse>(HttpMethod.Delete, uri, () => null, null, cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var uri = ConnectorUris.Build(serviceUrl, [V3, Conversations]);
        if (parameters.Activity is { } first)
        {
            Outgoing(first);
        }

        return await SendAsync(HttpMethod.Post, uri, () => Json(parameters, BotKitJsonContext.Default.ConversationParameters), BotKitJsonContext.Default.ConversationResourceResponse, cancellationToken)
            ?? throw new ConnectorException("The connector created a conversation but did not say its id.");
    }

    public async Task<IList<ChannelAccount>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        var uri = ConnectorUris.Build(serviceUrl, [V3, Conversations, conversationId, "members"]);
        return await SendAsync(HttpMethod.Get, uri, () => null, BotKitJsonContext.Default.IListChannelAccount, cancellationToken) ?? [];
    }

    public async Task<PagedMembersResult> GetConversationPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (pageSize is { } size)
        {
            query.Add("pageSize=" + size.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add("continuationToken=" + Uri.EscapeDataString(continuationToken));
        }

        var uri = ConnectorUris.Build(serviceUrl, [V3, Conversations, conversationId, "pagedmembers"], string.Join('&', query));
        return await SendAsync(HttpMethod.Get, uri, () => null, BotKitJsonContext.Default.PagedMembersResult, cancellationToken) ?? new PagedMembersResult();
    }

    /// <summary>Bots send neither <c>id</c> nor <c>timestamp</c>: the connector assigns them.</summary>
    private static Activity Outgoing(Activity activity)
    {
        activity.Id = null;
        activity.Timestamp = null;
        return activity;
    }

    private static ByteArrayContent Json<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        return content;
    }
}
