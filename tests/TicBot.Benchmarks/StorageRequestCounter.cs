using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TicBot.Benchmarks;

/// <summary>
/// Counts the HTTP requests the Blob client really sends, by kind of turn (from <see cref="CurrentTurn"/>),
/// by document (conversation/user state, project, container) and by operation (read, write, list, other), with
/// the time each took from send to response (Azurite's answer time plus loopback and the SDK's handling).
/// </summary>
internal sealed class StorageRequestCounter : HttpPipelinePolicy
{
    public const int Documents = 3;
    public const int Operations = 4;
    private static readonly AsyncLocal<TurnKind> Turn = new();
    private readonly long[] _counts = new long[TurnKinds.Count * Documents * Operations];
    private readonly long[] _elapsed = new long[Documents * Operations];

    /// <summary>The kind of turn the current request belongs to; flows with the bot's async calls.</summary>
    public static TurnKind CurrentTurn
    {
        get => Turn.Value;
        set => Turn.Value = value;
    }

    public long Count(TurnKind? turn, StorageDocument? document, StorageOperation? operation)
    {
        long sum = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            var (t, d, o) = ((TurnKind)(i / (Documents * Operations)), (StorageDocument)(i / Operations % Documents), (StorageOperation)(i % Operations));
            if ((turn is null || turn == t) && (document is null || document == d) && (operation is null || operation == o))
            {
                sum += Interlocked.Read(ref _counts[i]);
            }
        }

        return sum;
    }

    /// <summary>Mean time of one request of that document and operation, in ms (NaN when none was sent).</summary>
    public double MeanMilliseconds(StorageDocument document, StorageOperation operation)
    {
        var count = Count(null, document, operation);
        return count == 0 ? double.NaN : Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _elapsed[((int)document * Operations) + (int)operation])).TotalMilliseconds / count;
    }

    public void Reset()
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            Interlocked.Exchange(ref _counts[i], 0);
        }

        for (var i = 0; i < _elapsed.Length; i++)
        {
            Interlocked.Exchange(ref _elapsed[i], 0);
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var slot = Classify(message);
        var start = Stopwatch.GetTimestamp();
        ProcessNext(message, pipeline);
        Interlocked.Add(ref _elapsed[slot], Stopwatch.GetTimestamp() - start);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var slot = Classify(message);
        var start = Stopwatch.GetTimestamp();
        await ProcessNextAsync(message, pipeline);
        Interlocked.Add(ref _elapsed[slot], Stopwatch.GetTimestamp() - start);
    }

    /// <summary>Counts the request and returns its timing slot.</summary>
    private int Classify(HttpMessage message)
    {
        var uri = message.Request.Uri;
        var query = uri.Query;
        var operation = message.Request.Method == RequestMethod.Get && query.Contains("comp=list", StringComparison.Ordinal) ? StorageOperation.List
            : message.Request.Method == RequestMethod.Get || message.Request.Method == RequestMethod.Head ? StorageOperation.Read
            : message.Request.Method == RequestMethod.Put && !query.Contains("restype=container", StringComparison.Ordinal) ? StorageOperation.Write
            : StorageOperation.Other;
        var slot = ((int)DocumentOf(uri.Path) * Operations) + (int)operation;
        Interlocked.Increment(ref _counts[((int)CurrentTurn * Documents * Operations) + slot]);
        return slot;
    }

    private static StorageDocument DocumentOf(string path)
    {
        // Blob names are escaped keys ('/' is %2F) and the URI escapes them again: unescape until stable.
        for (var i = 0; i < 3 && path.Contains('%', StringComparison.Ordinal); i++)
        {
            path = Uri.UnescapeDataString(path);
        }

        return path.Contains("/projects/", StringComparison.Ordinal) ? StorageDocument.Project
            : path.Contains("/conversations/", StringComparison.Ordinal) || path.Contains("/users/", StringComparison.Ordinal) ? StorageDocument.State
            : StorageDocument.Container;
    }
}
