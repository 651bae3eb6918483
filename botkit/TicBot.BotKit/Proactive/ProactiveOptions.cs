using System.ComponentModel.DataAnnotations;

namespace TicBot.BotKit.Proactive;

/// <summary>
/// Settings of proactive messaging (configuration section <c>BotKit:Proactive</c>): how the outbox retries and how
/// fast it may send. The per-conversation limits are Teams' own (<see cref="TeamsRateLimits"/>) and not settable.
/// </summary>
public sealed class ProactiveOptions
{
    public const string SectionName = "BotKit:Proactive";

    /// <summary>Attempts of one proactive send answered 429, 412 or 5xx, or whose connection failed, before giving up.</summary>
    /// <value>4.</value>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first backoff before retrying a 5xx; it doubles each attempt, then a random 50–100 % of it is waited.</summary>
    /// <value>2 s.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest backoff.</summary>
    /// <value>2 min.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The longest <c>Retry-After</c> honoured; a 429 asking for more gives up at once (reason <c>Throttled</c>).</summary>
    /// <value>10 min.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Requests per second the outbox makes for one tenant (Teams allows about 50 per app and tenant).</summary>
    /// <value>50.</value>
    [Range(1, 50)]
    public int TenantRequestsPerSecond { get; set; } = 50;

    /// <summary>Connector calls in flight at once, all conversations together.</summary>
    /// <value>8.</value>
    [Range(1, 64)]
    public int MaxConcurrentSends { get; set; } = 8;

    /// <summary>Sends waiting in the outbox; past it a send fails at once (reason <c>QueueFull</c>).</summary>
    /// <value>10,000.</value>
    [Range(1, 1_000_000)]
    public int MaxQueuedSends { get; set; } = 10_000;

    /// <summary>
    /// How long a reference this process saved is trusted without writing it again. Messages write a reference only
    /// when it changed, or once this long after it was saved (which also restores one another instance deleted).
    /// </summary>
    /// <value>1 day.</value>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ReferenceRefreshInterval { get; set; } = TimeSpan.FromDays(1);
}
