using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using TicBot.BotKit.Hosting;

namespace TicBot.BotKit.Connector;

/// <summary>
/// The connector's retry pipeline (Microsoft.Extensions.Http.Resilience, Polly): each attempt bounded by
/// <see cref="ConnectorOptions.RequestTimeout"/>; 412, 429, 502, 503 and 504 retried with exponential jittered backoff
/// or the 429's <c>Retry-After</c>; an unanswered PUT, DELETE or GET retried, an unanswered POST not (it may have been
/// delivered, and the connector does not deduplicate). No wait starts that would end after the turn's deadline, and the
/// turn's cancellation token, cancelled at the deadline, bounds everything. Waits use the registered <see cref="TimeProvider"/>.
/// </summary>
internal static partial class ConnectorResilience
{
    public const string PipelineName = "connector";

    private static readonly ResiliencePropertyKey<TimeSpan> PlannedDelay = new("TicBot.Connector.PlannedDelay");

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var services = context.ServiceProvider;
        var options = services.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        var timeProvider = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorClient));
        builder.TimeProvider = timeProvider;
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.AttemptNumber, args.Context, options, timeProvider, logger)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Context.Properties.GetValue(PlannedDelay, TimeSpan.Zero)),
                OnRetry = args =>
                {
                    LogRetry(logger, Describe(args.Outcome), args.AttemptNumber + 1, options.MaxRetries, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.RequestTimeout });
    }

    /// <summary>Decides on another attempt and plans its delay (read back by the delay generator).</summary>
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, int attempt, ResilienceContext context, ConnectorOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var method = context.GetRequestMessage()?.Method ?? HttpMethod.Post;
        TimeSpan delay;
        if (outcome.Result is { } response)
        {
            if (!IsRetryable(response.StatusCode))
            {
                return false;
            }

            var jittered = Jittered(options, attempt);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && RetryAfter(response, timeProvider.GetUtcNow()) is { } asked)
            {
                if (asked > options.MaxRetryAfter)
                {
                    return false;
                }

                delay = asked;
            }
            else
            {
                delay = jittered;
            }
        }
        else if (outcome.Exception is TimeoutRejectedException || outcome.Exception is HttpRequestException)
        {
            if (!CanRetryUnanswered(method, outcome.Exception))
            {
                return false;
            }

            delay = Jittered(options, attempt);
        }
        else
        {
            return false;
        }

        if (TurnDeadline.WouldOverrun(delay, timeProvider))
        {
            LogDeadline(logger, Describe(outcome), delay);
            return false;
        }

        context.Properties.Set(PlannedDelay, delay);
        return true;
    }

    /// <summary>
    /// A POST without an answer may have been delivered: a duplicate message is worse than a logged failure. A connection
    /// that never opened carried nothing.
    /// </summary>
    private static bool CanRetryUnanswered(HttpMethod method, Exception exception)
        => method != HttpMethod.Post
           || exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };

    /// <summary>The answers worth another attempt: throttling and transient gateway or ETag races.</summary>
    private static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Exponential backoff from <c>BaseDelay</c>, capped at <c>MaxDelay</c>, then a random 50–100 % of it.</summary>
    internal static TimeSpan Jittered(ConnectorOptions options, int attempt)
    {
        var exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 20));
        var capped = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (0.5 * Random.Shared.NextDouble())));
    }

    /// <summary>The wait a <c>Retry-After</c> header asks for (seconds or an HTTP date), or null when absent.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome)
        => outcome.Result is { } response ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : outcome.Exception is TimeoutRejectedException ? "no answer in time" : "no answer";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector call answered {Outcome}; retry {Retry} of {MaxRetries} in {Delay}")]
    private static partial void LogRetry(ILogger logger, string outcome, int retry, int maxRetries, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector call answered {Outcome}; not retried: waiting {Delay} would pass the turn's deadline")]
    private static partial void LogDeadline(ILogger logger, string outcome, TimeSpan delay);
}
