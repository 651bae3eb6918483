using System.Diagnostics.Metrics;

namespace TicBot.BotKit.Hosting;

/// <summary>
/// Counts what an operator must see: turns the error policy handled, turns it could not, turns cut by their deadline,
/// redeliveries answered without running a turn, and sends to the connector that failed after their retries. Read the
/// properties in tests; the same figures are published as the <c>TicBot.BotKit</c> meter's counters.
/// </summary>
public sealed class BotKitMetrics
{
    /// <summary>The meter's name, for exporters (OpenTelemetry <c>AddMeter</c>).</summary>
    public const string MeterName = "TicBot.BotKit";

    private long _failedTurns;
    private long _unhandledTurns;
    private long _timedOutTurns;
    private long _redeliveries;
    private long _failedSends;

    public BotKitMetrics(IMeterFactory? meterFactory = null)
    {
        if (meterFactory?.Create(MeterName) is not { } meter)
        {
            return;
        }

        meter.CreateObservableCounter("ticbot.turns.failed", () => FailedTurns, description: "Turns that failed and were answered by the error policy.");
        meter.CreateObservableCounter("ticbot.turns.unhandled", () => UnhandledTurns, description: "Turns whose failure the error policy could not handle (500).");
        meter.CreateObservableCounter("ticbot.turns.timed_out", () => TimedOutTurns, description: "Turns stopped by their deadline.");
        meter.CreateObservableCounter("ticbot.turns.redelivered", () => Redeliveries, description: "Activities delivered again and answered without a new turn.");
        meter.CreateObservableCounter("ticbot.connector.failed_sends", () => FailedSends, description: "Connector calls that failed after their retries.");
    }

    public long FailedTurns => Interlocked.Read(ref _failedTurns);

    public long UnhandledTurns => Interlocked.Read(ref _unhandledTurns);

    public long TimedOutTurns => Interlocked.Read(ref _timedOutTurns);

    public long Redeliveries => Interlocked.Read(ref _redeliveries);

    public long FailedSends => Interlocked.Read(ref _failedSends);

    internal void TurnFailed() => Interlocked.Increment(ref _failedTurns);

    internal void TurnUnhandled() => Interlocked.Increment(ref _unhandledTurns);

    internal void TurnTimedOut() => Interlocked.Increment(ref _timedOutTurns);

    internal void Redelivered() => Interlocked.Increment(ref _redeliveries);

    internal void SendFailed() => Interlocked.Increment(ref _failedSends);
}
