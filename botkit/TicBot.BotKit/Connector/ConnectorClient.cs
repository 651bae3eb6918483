using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Logging;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Connector;

/// <summary>
/// The <see cref="IConnectorClient"/> over <see cref="IHttpClientFactory"/>: the named client carries the retry and
/// timeout pipeline (<see cref="ConnectorResilience"/>); this class builds requests and turns answers into results or
/// <see cref="ConnectorException"/>s.
/// </summary>
internal sealed partial class ConnectorClient : IConnectorClient
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IConnectorTokenProvider _tokenProvider;
    private readonly ConnectorOptions _options;
    private readonly BotKitMetrics _metrics;
    private readonly ILogger<ConnectorClient> _logger;
    private readonly bool _localMode;
    private readonly TimeProvider _timeProvider;

    public ConnectorClient(
        IHttpClientFactory httpClientFactory,
        IConnectorTokenProvider tokenProvider,
        IOptions<ConnectorOptions> options,
        IOptions<BotCredentialsOptions> credentials,
        BotKitMetrics metrics,
        TimeProvider timeProvider,
        ILogger<ConnectorClient> logger)
    {
        _timeProvider = timeProvider;
        _httpClientFactory = httpClientFactory;
        _tokenProvider = tokenProvider;
        _options = options.Value;
        _localMode = credentials.Value.IsLocalMode;
        _metrics = metrics;
        _logger = logger;
    }

    private async Task<T?> SendAsync<T>(HttpMethod method, Uri uri, Func<HttpContent?> content, JsonTypeInfo<T>? answerType, CancellationToken cancellationToken)
        where T : class
    {
        if (ServiceUrls.Refusal(uri, _localMode) is { } refused)
        {
            throw new ArgumentException($"The service URL of {method} {LogIds.ConnectorPath(uri.AbsolutePath)} is refused: {refused}.", nameof(uri));
        }

        using var request = new HttpRequestMessage(method, uri) { Content = content() };
        var token = await _tokenProvider.GetAccessTokenAsync(cancellationToken);
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var client = _httpClientFactory.CreateClient(ConnectorOptions.HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is TimeoutRejectedException or HttpRequestException or OperationCanceledException)
        {
            _metrics.SendFailed();
            var timedOut = ex is not HttpRequestException;
            throw new ConnectorException(
                timedOut ? $"{method} {LogIds.ConnectorPath(uri.AbsolutePath)} got no answer within {_options.RequestTimeout}." : $"{method} {LogIds.ConnectorPath(uri.AbsolutePath)} failed: {ex.Message}",
                statusCode: null, error: null, isTimeout: timedOut, ex);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return await ReadAnswerAsync(response, answerType, cancellationToken);
            }

            _metrics.SendFailed();
            throw await CreateExceptionAsync(method, uri, response, _timeProvider.GetUtcNow(), cancellationToken);
        }
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
            // The proactive outbox paces its own retries: it needs the wait a 429 asked for.
            RetryAfter = ConnectorResilience.RetryAfter(response, now),
        };
    }
}
