using System.Globalization;

namespace TicBot.Benchmarks;

/// <summary>Prints the measured loop as Markdown tables: throughput and latency, storage requests per turn, costs.</summary>
internal sealed class TurnsReport(MeasuredTurns measured, StorageRequestCounter counter)
{
    public long Connector { get; init; }

    public long UnexpectedConnector { get; init; }

    public long Retries { get; init; }

    public long AllocatedBytes { get; init; }

    public int Gen2 { get; init; }

    public TimeSpan BotCpu { get; init; }

    public TimeSpan AzuriteCpu { get; init; }

    public string Load { get; init; } = "";

    public void Print(TextWriter output)
    {
        double turns = measured.Latencies.Length;
        output.WriteLine();
        output.WriteLine(Invariant($"Measured {turns:F0} turns in {measured.Elapsed.TotalSeconds:F2} s; load average {Load}"));
        output.WriteLine();
        output.WriteLine("| Turns | Turns/s | p50 ms | p95 ms | p99 ms | typed p50/p99 ms | invoke p50/p99 ms | Failed | State re-runs |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        var typed = measured.ByKind[TurnKind.Typed];
        var invoke = measured.ByKind[TurnKind.Invoke];
        output.WriteLine(Invariant(
            $"| {turns:F0} | {turns / measured.Elapsed.TotalSeconds:F0} | {P(measured.Latencies, 0.50):F1} | {P(measured.Latencies, 0.95):F1} | {P(measured.Latencies, 0.99):F1} | {P(typed, 0.50):F1} / {P(typed, 0.99):F1} | {P(invoke, 0.50):F1} / {P(invoke, 0.99):F1} | {measured.Failures} | {Retries} |"));
        output.WriteLine();
        output.WriteLine("Storage requests per turn (HTTP requests the Blob client sent), reads / writes / lists / other:");
        output.WriteLine();
        output.WriteLine("| Turns | State (conversation + user) | Project | Container | Total |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var (label, kind, count) in new (string, TurnKind?, int)[] { ("all", null, (int)turns), ("typed", TurnKind.Typed, typed.Length), ("invoke", TurnKind.Invoke, invoke.Length) })
        {
            output.WriteLine(Invariant(
                $"| {label} | {Split(kind, StorageDocument.State, count)} | {Split(kind, StorageDocument.Project, count)} | {Split(kind, StorageDocument.Container, count)} | {Split(kind, null, count)} |"));
        }

        output.WriteLine();
        output.WriteLine(Invariant(
            $"Mean time of one storage request (send to response): state write {counter.MeanMilliseconds(StorageDocument.State, StorageOperation.Write):F1} ms, project read {counter.MeanMilliseconds(StorageDocument.Project, StorageOperation.Read):F1} ms, project write {counter.MeanMilliseconds(StorageDocument.Project, StorageOperation.Write):F1} ms."));
        output.WriteLine(Invariant(
            $"Per turn: {Connector / turns:F2} connector calls ({UnexpectedConnector} unexpected), bot process CPU {BotCpu.TotalMilliseconds / turns:F2} ms (benchmark client and fake connector included), Azurite CPU {AzuriteCpu.TotalMilliseconds / turns:F2} ms, allocated {AllocatedBytes / turns / 1024:F0} KiB; gen2 GCs {Gen2}."));
        output.WriteLine(Invariant($"CPU used: {(BotCpu + AzuriteCpu).TotalSeconds / measured.Elapsed.TotalSeconds:F2} cores of {Environment.ProcessorCount} on average."));
    }

    private string Split(TurnKind? kind, StorageDocument? document, int turns)
    {
        if (turns == 0)
        {
            return "-";
        }

        double Per(StorageOperation operation) => counter.Count(kind, document, operation) / (double)turns;
        var total = counter.Count(kind, document, null) / (double)turns;
        return Invariant($"{total:F2} ({Per(StorageOperation.Read):F2} / {Per(StorageOperation.Write):F2} / {Per(StorageOperation.List):F2} / {Per(StorageOperation.Other):F2})");
    }

    private static double P(double[] values, double percentile)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        return sorted[Math.Max(0, (int)Math.Ceiling(percentile * sorted.Length) - 1)];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
