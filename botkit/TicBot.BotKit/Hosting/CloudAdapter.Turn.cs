using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Logging;

namespace TicBot.BotKit.Hosting;

/// <summary>Authentication and the turn itself, with the answer it produces.</summary>
public sealed partial class CloudAdapter
{
    private async Task<AuthenticationOutcome> AuthenticateAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            var header = request.Headers.Authorization;
            return await _authenticator.AuthenticateAsync(header.Count > 0 ? header.ToString() : null, activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An authenticator that fails unexpectedly must not let the request through.
            _logger.LogError(ex, "The request authenticator failed");
            return AuthenticationOutcome.Rejected("The authenticator failed.");
        }
    }

    private async Task RunTurnAndAnswerAsync(Activity activity, ClaimsIdentity? identity, HttpResponse response, IBot bot, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, activity);
        if (identity is not null)
        {
            context.TurnState.Set(BotIdentityKey, identity);
        }

        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        var replies = new List<Activity>();
        if (expectReplies)
        {
            context.TurnState.Set(BufferedRepliesKey, replies);
        }

        try
        {
            await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(ex, "Turn failed for {ConversationId} and no turn-error policy handled it", LogIds.Conversation(activity.Conversation?.Id));
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            await WriteInvokeResponseAsync(response, context.GetInvokeResponse(), cancellationToken);
        }
        else if (expectReplies)
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(response.Body, new ExpectedReplies { Activities = replies }, BotKitJsonContext.Default.ExpectedReplies, cancellationToken);
        }
        else
        {
            response.StatusCode = StatusCodes.Status200OK;
        }
    }
}
