using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Logging;
using TicBot.BotKit.Schema;

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

    /// <summary>
    /// Runs the turn within its time budget — cancelled by the deadline or host shutdown, never because the caller went
    /// away — then answers: expectReplies first (as the SDK: the buffered replies), then the invoke answer, else 200.
    /// </summary>
    private async Task RunTurnAndAnswerAsync(Activity activity, ClaimsIdentity? identity, HttpResponse response, IBot bot, DateTimeOffset deadline, CancellationToken requestAborted)
    {
        using var context = new TurnContext(this, activity);
        if (identity is not null)
        {
            context.TurnState.Set(BotIdentityKey, identity);
        }

        context.TurnState[DialogContext.ForcedLanguageKey] = _options.Language;
        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        var replies = new List<Activity>();
        if (expectReplies)
        {
            context.TurnState.Set(BufferedRepliesKey, replies);
        }

        var left = deadline - _timeProvider.GetUtcNow();
        using var budget = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.Zero, _timeProvider);
        using var turnToken = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, _stopping);
        var status = StatusCodes.Status200OK;
        using (TurnDeadline.Begin(deadline))
        {
            try
            {
                await RunPipelineAsync(context, bot.OnTurnAsync, turnToken.Token);
            }
            catch (OperationCanceledException) when (turnToken.IsCancellationRequested)
            {
                _metrics.TurnTimedOut();
                _logger.LogError("Turn of {ActivityType} in {ConversationId} stopped: {Reason}",
                    activity.Type, LogIds.Conversation(activity.Conversation?.Id), budget.IsCancellationRequested ? "its deadline passed" : "the host is stopping");
                if (activity.Type == ActivityTypes.Invoke)
                {
                    context.SetInvokeResponse(InvokeResponses.Error("TurnTimedOut", TurnErrorPolicy.TimedOut.For(DialogContext.ResolveLanguage(context))));
                }
            }
            catch (Exception ex)
            {
                // The error policy could not handle it (or none is set): the channel may deliver the activity again.
                _metrics.TurnUnhandled();
                _logger.LogError(ex, "Turn failed for {ConversationId} and no turn-error policy handled it", LogIds.Conversation(activity.Conversation?.Id));
                status = StatusCodes.Status500InternalServerError;
            }
        }

        await AnswerAsync(activity, context, expectReplies, replies, status, response, requestAborted);
    }

    private static async Task AnswerAsync(Activity activity, TurnContext context, bool expectReplies, List<Activity> replies, int status, HttpResponse response, CancellationToken requestAborted)
    {
        if (status != StatusCodes.Status200OK)
        {
            response.StatusCode = status;
        }
        else if (expectReplies)
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(response.Body, new ExpectedReplies { Activities = replies }, BotKitJsonContext.Default.ExpectedReplies, requestAborted);
        }
        else if (activity.Type == ActivityTypes.Invoke)
        {
            await WriteInvokeResponseAsync(response, context.GetInvokeResponse(), requestAborted);
        }
        else
        {
            response.StatusCode = StatusCodes.Status200OK;
        }
    }
}
