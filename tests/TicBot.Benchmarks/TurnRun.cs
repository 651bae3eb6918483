using System.Diagnostics;
using System.Text;

namespace TicBot.Benchmarks;

/// <summary>Posts activities to the bot's /api/messages, each conversation's turns in order, conversations in parallel.</summary>
internal sealed class TurnRun(HttpClient client, int conversations)
{
    private long _failures;

    public long Failures => Interlocked.Read(ref _failures);

    public string? FirstFailure { get; private set; }

    /// <summary>Runs each conversation's turns in order, all conversations at once; failures are counted, not thrown.</summary>
    public Task ForEachConversationAsync(Func<int, string[]> turnsOf, TurnKind kind, CancellationToken cancellationToken)
        => Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            foreach (var json in turnsOf(c))
            {
                await PostAsync(kind, json, cancellationToken);
            }
        }, cancellationToken)));

    public async Task<MeasuredTurns> MeasureAsync((TurnKind Kind, string Json)[][] turns, CancellationToken cancellationToken)
    {
        var failuresBefore = Failures;
        var latencies = turns.Select(t => new double[t.Length]).ToArray();
        var total = Stopwatch.StartNew();
        await Task.WhenAll(turns.Select((conversation, c) => Task.Run(async () =>
        {
            for (var t = 0; t < conversation.Length; t++)
            {
                var start = Stopwatch.GetTimestamp();
                await PostAsync(conversation[t].Kind, conversation[t].Json, cancellationToken);
                latencies[c][t] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }, cancellationToken)));
        total.Stop();
        var byKind = new Dictionary<TurnKind, double[]>();
        foreach (var kind in new[] { TurnKind.Typed, TurnKind.Invoke })
        {
            byKind[kind] = [.. turns.SelectMany((conversation, c) => conversation.Select((turn, t) => (turn.Kind, Ms: latencies[c][t]))).Where(x => x.Kind == kind).Select(x => x.Ms)];
        }

        return new MeasuredTurns([.. latencies.SelectMany(l => l)], byKind, total.Elapsed, Failures - failuresBefore);
    }

    private async Task PostAsync(TurnKind kind, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.Add(BenchBotHost.TurnKindHeader, kind.ToString());
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                Fail($"{(int)response.StatusCode} {body}");
            }
        }
        catch (HttpRequestException e)
        {
            Fail(e.Message);
        }
    }

    private void Fail(string what)
    {
        if (Interlocked.Increment(ref _failures) == 1)
        {
            FirstFailure = what;
        }
    }
}
