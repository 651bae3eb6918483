using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Logging;

namespace TicBot.BotKit.Connector;

/// <summary>The <see cref="IConnectorClient"/> over <see cref="IHttpClientFactory"/>: sending, retries, errors.</summary>
internal sealed partial class ConnectorClient : IConnectorClient
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IConnectorTokenProvider _tokenProvider;
    private readonly TimeProvider _timeProvider;
    private readonly ConnectorOptions _options;
    private readonly ILogger<ConnectorClient> _logger;

    public ConnectorClient(
        IHttpClientFactory httpClientFactory,
        IConnectorTokenProvider tokenProvider,
        TimeProvider timeProvider,
        IOptions<ConnectorOptions> options,
        ILogger<ConnectorClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _tokenProvider = tokenProvider;
        _timeProvider = timeProvider;
        _options = options.Value;
        _logger = logger;
    }

    private async Task<T?> SendAsync<T>(HttpMethod method, Uri uri, Func<HttpContent?> content, JsonTypeInfo<T>? answerType, CancellationToken cancellationToken)
        where T : class
    {
        var client = _httpClientFactory.CreateClient(ConnectorOptions.HttpClientName);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri) { Content = content() };
            var token = await _tokenProvider.GetAccessTokenAsync(cancellationToken);
            if (!string.IsNullOrEmpty(token))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var timeout = new CancellationTokenSource(_options.RequestTimeout, _timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is OperationCanceledException or HttpRequestException)
            {
                var timedOut = ex is OperationCanceledException;
                if (!CanRetryUnanswered(method, ex) || attempt >= _options.MaxRetries)
                {
                    throw new ConnectorException(
                        timedOut ? $"{method} {LogIds.ConnectorPath(uri.AbsolutePath)} got no answer within {_options.RequestTimeout}." : $"{method} {LogIds.ConnectorPath(uri.AbsolutePath)} failed: {ex.Message}",
                        statusCode: null, error: null, isTimeout: timedOut, ex);
                }

                await WaitAsync(method, uri, null, attempt, ConnectorBackoff.Jittered(_options, attempt, Random.Shared.NextDouble()), cancellationToken);
                continue;
            }

            using (response)
            {
                if (response.IsSuccessStatusCode)
                {
                    return await ReadAnswerAsync(response, answerType, linked.Token);
                }

                var delay = RetryDelay(response, attempt);
                if (delay is { } wait)
                {
                    await WaitAsync(method, uri, response.StatusCode, attempt, wait, cancellationToken);
                    continue;
                }

                throw await CreateExceptionAsync(method, uri, response, _timeProvider.GetUtcNow(), linked.Token);
            }
        }
    }

    /// <summary>
    /// A POST without an answer may have been delivered: the connector does not deduplicate, and a
    /// duplicate message is worse than a logged failure. A connection that never opened carried nothing.
    /// </summary>
    private static bool CanRetryUnanswered(HttpMethod method, Exception ex)
        => method != HttpMethod.Post
            || (ex is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError });

    private TimeSpan? RetryDelay(HttpResponseMessage response, int attempt)
    {
        if (!ConnectorBackoff.IsRetryable(response.StatusCode) || attempt >= _options.MaxRetries)
        {
            return null;
        }

        var jittered = ConnectorBackoff.Jittered(_options, attempt, Random.Shared.NextDouble());
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return jittered;
        }

        var asked = ConnectorBackoff.RetryAfter(response.Headers.RetryAfter, _timeProvider.GetUtcNow());
        return asked > _options.MaxRetryAfter ? null : asked ?? jittered;
    }

    private async Task WaitAsync(HttpMethod method, Uri uri, HttpStatusCode? status, int attempt, TimeSpan delay, CancellationToken cancellationToken)
    {
        _logger.LogWarning(
            "Connector {Method} {Path} answered {Status}; retry {Retry} of {MaxRetries} in {Delay}",
            method, LogIds.ConnectorPath(uri.AbsolutePath), status?.ToString() ?? "nothing", attempt + 1, _options.MaxRetries, delay);
        await Task.Delay(delay, _timeProvider, cancellationToken);
    }

    private async Task<T?> ReadAnswerAsync<T>(HttpResponseMessage response, JsonTypeInfo<T>? answerType, CancellationToken cancellationToken)
        where T : class
    {
        if (answerType is null)
        {
            return null;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, answerType);
        }
        catch (JsonException ex)
        {
            // The call succeeded; an unreadable answer only loses the returned id.
            _logger.LogWarning(ex, "Connector answered {Status} with a body that is not the expected JSON", (int)response.StatusCode);
            return null;
        }
    }

    private static async Task<ConnectorException> CreateExceptionAsync(HttpMethod method, Uri uri, HttpResponseMessage response, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ErrorResponse? error = null;
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (body.Length > 0)
            {
                error = JsonSerializer.Deserialize(body, BotKitJsonContext.Default.ErrorResponse);
            }
        }
        catch (JsonException)
        {
            // Not the documented {"error":{…}} shape: the status alone describes the failure.
        }

        var code = error?.Error?.Code is { } c ? $" {c}" : string.Empty;
        return new ConnectorException(
            $"{method} {LogIds.ConnectorPath(uri.AbsolutePath)} answered {(int)response.StatusCode}{code}: {error?.Error?.Message}",
            response.StatusCode, error, isTimeout: false, innerException: null)
        {
            RetryAfter = ConnectorBackoff.RetryAfter(response.Headers.RetryAfter, now),
        };
    }
}
