using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;

namespace TicBot.BotKit.Hosting;

/// <summary>
/// The requests the bot endpoint refuses (400, 401, 405, 413, 415): each is logged once, at Debug, with its reason,
/// and every <see cref="Period"/> one Warning counts those of the period by status and code, so that a flood of bad
/// or unauthenticated requests costs one line a minute where operators look. The period runs on the injected
/// <see cref="TimeProvider"/>; a period with no refusal logs nothing. Thread safe.
/// </summary>
public sealed partial class RejectedRequestLog : IDisposable
{
    /// <summary>How often the count is logged.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly ILogger<RejectedRequestLog> _logger;
    private readonly ITimer _timer;
    private Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public RejectedRequestLog(TimeProvider timeProvider, ILogger<RejectedRequestLog> logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _logger = logger;
        _timer = timeProvider.CreateTimer(static state => ((RejectedRequestLog)state!).LogCount(), this, Period, Period);
    }

    /// <param name="reason">Why, for the log: never the request's content, a token or an id in clear.</param>
    public void Record(int status, string code, string reason)
    {
        LogRefused(status, code, reason);
        lock (_gate)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_counts, $"{status} {code}", out _)++;
        }
    }

    public void Dispose() => _timer.Dispose();

    private void LogCount()
    {
        Dictionary<string, int> counts;
        lock (_gate)
        {
            if (_counts.Count == 0)
            {
                return;
            }

            (counts, _counts) = (_counts, new Dictionary<string, int>(StringComparer.Ordinal));
        }

        var reasons = string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} × {c.Value}"));
        LogPeriodCount(counts.Values.Sum(), Period, reasons);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Request rejected: {Status} {Code} ({Reason})")]
    private partial void LogRefused(int status, string code, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} requests rejected in the last {Period} ({Reasons})")]
    private partial void LogPeriodCount(int count, TimeSpan period, string reasons);
}
