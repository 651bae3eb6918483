using System.Net;
using Microsoft.Extensions.Logging;
using TicBot.BotKit.Connector;
using TicBot.BotKit.Logging;

namespace TicBot.BotKit.Proactive;

/// <summary>One connector call of the outbox, and what its failure means: retry later, or give up with a reason.</summary>
internal sealed partial class ProactiveOutbox
{
    private async Task ExecuteAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        item.Attempts++;
        OutboxResult? result = null;
        TimeSpan? retryIn = null;
        try
        {
            result = await CallAsync(item, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            (result, retryIn) = Judge(ex, item.Attempts);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping: the caller sees a cancelled request.
        }
        catch (Exception ex)
        {
            // A reference the connector cannot use (a bad service URL) or a defect: end this request, keep the outbox going.
            _logger.LogError(ex, "Proactive call to {Lane} failed unexpectedly", LogIds.Conversation(item.Request.Lane));
            result = new OutboxResult(DeliveryReason.Rejected, item.Attempts, Detail: ex.Message);
        }

        var requeued = false;
        lock (_gate)
        {
            _inFlight--;
            var lane = Lane(item.Request.Lane);
            lane.Busy = false;
            if (retryIn is { } wait && !item.CallerToken.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                item.NotBefore = _time.GetUtcNow() + wait;
                lane.Waiting.AddFirst(item);
                _queued++;
                requeued = true;
            }
        }

        Signal();
        if (requeued)
        {
            return;
        }

        if (result is null)
        {
            item.Completion.TrySetCanceled(cancellationToken.IsCancellationRequested ? cancellationToken : item.CallerToken);
        }
        else
        {
            if (!result.Succeeded)
            {
                _logger.LogWarning("Proactive call to {Lane} given up after {Attempts} attempts: {Reason} ({Detail})", LogIds.Conversation(item.Request.Lane), result.Attempts, result.Reason, result.Detail);
            }

            item.Completion.TrySetResult(result);
        }

        item.CallerCancellation.Dispose();
    }

    private async Task<OutboxResult> CallAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var request = item.Request;
        if (request.Parameters is { } parameters)
        {
            var created = await _connector.CreateConversationAsync(request.ServiceUrl, parameters, cancellationToken);
            return new OutboxResult(DeliveryReason.None, item.Attempts, created.Id, created.ActivityId, created.ServiceUrl);
        }

        // The lane of a send is its conversation.
        var sent = await _connector.SendToConversationAsync(request.ServiceUrl, request.Lane, request.Activity!, cancellationToken);
        return new OutboxResult(DeliveryReason.None, item.Attempts, sent.Id);
    }

    /// <summary>A failure's meaning: a wait before the next attempt, or the end with a reason.</summary>
    private (OutboxResult? GiveUp, TimeSpan? RetryIn) Judge(ConnectorException ex, int attempts)
    {
        var detail = ex.StatusCode is { } status ? $"{(int)status} {ex.ErrorCode}: {ex.Error?.Error?.Message}".Trim() : ex.Message;
        OutboxResult End(DeliveryReason reason) => new(reason, attempts, Detail: detail);
        var exhausted = attempts >= _options.MaxAttempts;
        switch (ex.StatusCode)
        {
            case HttpStatusCode.TooManyRequests:
                return exhausted || ex.RetryAfter > _options.MaxRetryAfter ? (End(DeliveryReason.Throttled), null) : (null, ex.RetryAfter ?? Backoff(attempts));
            case HttpStatusCode.Forbidden:
                return (End(ForbiddenReason(ex.ErrorCode, ex.Error?.Error?.Message)), null);
            case HttpStatusCode.NotFound:
                return (End(DeliveryReason.ConversationNotFound), null);
            case HttpStatusCode.PreconditionFailed:
            case >= HttpStatusCode.InternalServerError:
            case null when !ex.IsTimeout && NeverOpened(ex):
                return exhausted ? (End(DeliveryReason.ServiceUnavailable), null) : (null, Backoff(attempts));
            case null:
                // No answer to a POST: it may have been delivered, and the connector does not deduplicate.
                return (End(DeliveryReason.DeliveryUncertain), null);
            default:
                return (End(DeliveryReason.Rejected), null);
        }
    }

    private static DeliveryReason ForbiddenReason(string? code, string? message)
    {
        bool Says(string word) => string.Equals(code, word, StringComparison.OrdinalIgnoreCase)
            || (message?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false);
        return Says("MessageWritesBlocked") ? DeliveryReason.BlockedByUser
            : Says("BotDisabledByAdmin") ? DeliveryReason.BotDisabledByAdmin
            : DeliveryReason.Forbidden;
    }

    private static bool NeverOpened(ConnectorException ex)
        => ex.InnerException is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };

    /// <summary>Exponential from <see cref="ProactiveOptions.BaseDelay"/>, capped, a random 50–100 % of it.</summary>
    private TimeSpan Backoff(int attempts)
    {
        var exponential = _options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        var capped = Math.Min(exponential, _options.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (0.5 * Random.Shared.NextDouble())));
    }
}
