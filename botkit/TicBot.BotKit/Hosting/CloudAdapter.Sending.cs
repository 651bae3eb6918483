using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Hosting;

/// <summary>Where a turn's activities go: the HTTP answer (invoke, expectReplies) or the connector.</summary>
public sealed partial class CloudAdapter
{
    /// <summary>
    /// Sends each activity in order: <c>invokeResponse</c> becomes the turn's invoke answer, <c>delay</c> waits
    /// (its <c>value</c> in milliseconds, via the <see cref="TimeProvider"/>), an expectReplies turn buffers,
    /// anything sent by an automatic card refresh is dropped (<see cref="AutomaticRefreshExtensions.IsAutomaticRefresh"/>),
    /// anything else is posted — as a reply when it has a <c>replyToId</c>.
    /// </summary>
    /// <exception cref="Connector.ConnectorException">The connector refused or failed.</exception>
    /// <exception cref="InvalidOperationException">The activity has no service URL or conversation.</exception>
    public override async Task<ResourceResponseList> SendActivitiesAsync(ITurnContext turnContext, IList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponseList();
        var buffer = turnContext.TurnState.Get<List<Activity>>(BufferedRepliesKey);
        foreach (var activity in activities)
        {
            switch (activity.Type)
            {
                case ActivityTypes.InvokeResponse:
                    if (activity.Value is { } value && value.ValueKind == JsonValueKind.Object)
                    {
                        turnContext.SetInvokeResponse(value.Deserialize(BotKitJsonContext.Default.InvokeResponse)!);
                    }

                    responses.Add(new ResourceResponse());
                    break;
                case "delay":
                    var milliseconds = activity.Value is { ValueKind: JsonValueKind.Number } delay && delay.TryGetInt32(out var ms) ? ms : 1000;
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(milliseconds, 0, 10_000)), _timeProvider, cancellationToken);
                    responses.Add(new ResourceResponse());
                    break;
                case var _ when buffer is not null:
                    buffer.Add(activity);
                    responses.Add(new ResourceResponse());
                    break;
                case var _ when turnContext.Activity.IsAutomaticRefresh() && activity.Type != ActivityTypes.Typing:
                    // Nobody clicked: a refresh answers with its card only and never writes in the chat.
                    _logger.LogDebug("Dropped a {ActivityType} sent by an automatic card refresh", activity.Type);
                    responses.Add(new ResourceResponse());
                    break;
                default:
                    responses.Add(await PostAsync(activity, cancellationToken));
                    break;
            }
        }

        return responses;
    }

    public override async Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var (serviceUrl, conversationId) = Destination(activity.ServiceUrl, activity.Conversation);
        ArgumentException.ThrowIfNullOrEmpty(activity.Id, nameof(activity));
        return await _connector.UpdateActivityAsync(serviceUrl, conversationId, activity.Id, activity, cancellationToken);
    }

    public override async Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var (serviceUrl, conversationId) = Destination(reference.ServiceUrl, reference.Conversation);
        ArgumentException.ThrowIfNullOrEmpty(reference.ActivityId, nameof(reference));
        await _connector.DeleteActivityAsync(serviceUrl, conversationId, reference.ActivityId, cancellationToken);
    }

    /// <summary>
    /// Opens a conversation (<c>POST /v3/conversations</c>), then runs <paramref name="callback"/> in a
    /// proactive turn of it, whose activity keeps the tenant and the <c>channelData</c> of
    /// <paramref name="parameters"/> (so that its sends carry <c>channelData.tenant.id</c>).
    /// </summary>
    /// <exception cref="Connector.ConnectorException">The connector refused (Teams: 400 without a tenant).</exception>
    public async Task CreateConversationAsync(string serviceUrl, string channelId, ConversationParameters parameters, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(callback);
        var created = await _connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
        var tenantId = parameters.TenantId ?? TeamsChannelData.GetTenantId(parameters.ChannelData);
        var reference = new ConversationReference
        {
            ActivityId = created.ActivityId,
            Bot = parameters.Bot,
            User = parameters.Members?.FirstOrDefault(),
            Conversation = new ConversationAccount { Id = created.Id, TenantId = tenantId, IsGroup = parameters.IsGroup },
            ChannelId = channelId,
            ServiceUrl = created.ServiceUrl ?? serviceUrl,
        };
        await ContinueConversationAsync(reference, parameters.ChannelData, callback, cancellationToken);
    }

    private async Task<ResourceResponse> PostAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Destination(activity.ServiceUrl, activity.Conversation);
        return string.IsNullOrEmpty(activity.ReplyToId)
            ? await _connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken)
            : await _connector.ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, cancellationToken);
    }

    private static (string ServiceUrl, string ConversationId) Destination(string? serviceUrl, ConversationAccount? conversation)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl) || string.IsNullOrWhiteSpace(conversation?.Id))
        {
            throw new InvalidOperationException("The activity names no service URL or conversation to send to.");
        }

        return (serviceUrl, conversation.Id);
    }

    private static async Task WriteInvokeResponseAsync(HttpResponse response, InvokeResponse? invokeResponse, CancellationToken cancellationToken)
    {
        if (invokeResponse is null)
        {
            response.StatusCode = StatusCodes.Status501NotImplemented;
            return;
        }

        response.StatusCode = invokeResponse.Status is >= 100 and <= 599 ? invokeResponse.Status : StatusCodes.Status200OK;
        if (invokeResponse.Body is { } body)
        {
            response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(response.Body, body, BotKitJsonContext.Default.JsonElement, cancellationToken);
        }
    }

    private Task WriteErrorAsync(HttpResponse response, int status, string code, string message, CancellationToken cancellationToken)
        => WriteErrorAsync(response, status, code, message, message, cancellationToken);

    /// <param name="reason">What the log says about a refusal (4xx); the caller is only told <paramref name="message"/>.</param>
    private async Task WriteErrorAsync(HttpResponse response, int status, string code, string message, string reason, CancellationToken cancellationToken)
    {
        if (status < StatusCodes.Status500InternalServerError)
        {
            _rejections.Record(status, code, reason);
        }

        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        var error = new ErrorResponse { Error = new Error { Code = code, Message = message } };
        await JsonSerializer.SerializeAsync(response.Body, error, BotKitJsonContext.Default.ErrorResponse, cancellationToken);
    }
}
