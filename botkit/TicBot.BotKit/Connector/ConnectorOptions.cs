using System.ComponentModel.DataAnnotations;

namespace TicBot.BotKit.Connector;

/// <summary>Retry and timeout settings of the connector client (configuration section <c>BotKit:Connector</c>).</summary>
public sealed class ConnectorOptions
{
    /// <summary>The name of the <see cref="System.Net.Http.IHttpClientFactory"/> client the connector uses.</summary>
    public const string HttpClientName = "TicBot.BotKit.Connector";

    /// <summary>Retries after the first attempt for 412, 429, 502, 503, 504 and idempotent timeouts.</summary>
    /// <value>3.</value>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; it doubles at each retry, then a random 50–100 % of it is waited.</summary>
    /// <value>500 ms.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest backoff delay.</summary>
    /// <value>8 s.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// The longest <c>Retry-After</c> honoured; a 429 asking for more fails at once rather than holding the turn.
    /// </summary>
    /// <value>30 s.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take, answer included.</summary>
    /// <value>15 s.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
