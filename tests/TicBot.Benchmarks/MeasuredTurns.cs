namespace TicBot.Benchmarks;

/// <summary>The measured loop: every turn's HTTP latency (ms), also by kind, the wall time and the failed turns.</summary>
internal sealed record MeasuredTurns(double[] Latencies, IReadOnlyDictionary<TurnKind, double[]> ByKind, TimeSpan Elapsed, long Failures);
