using Stopwatch = System.Diagnostics.Stopwatch;
using Azure.Core;
using Azure.Storage.Blobs;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;
using TicBot.BotKit.State;
using TicBot.BotKit.Storage;
using TicBot.TestSupport.Azurite;

namespace TicBot.Benchmarks;

/// <summary>
/// Turns through <see cref="ConversationTurnMiddleware"/> and <see cref="ConversationState"/> on
/// <see cref="BlobStorage"/> over a real Azurite: HTTP requests per turn, latency and throughput, with and
/// without the per-process state cache. Each turn moves a 6-step waterfall-like state one step.
/// </summary>
internal static class StateBenchmark
{
    public static async Task RunAsync(int conversations, int turnsPerConversation, CancellationToken cancellationToken)
    {
        var azurite = new AzuriteFixture();
        await azurite.StartAsync(cancellationToken);
        try
        {
            Console.WriteLine($"{conversations} concurrent conversations x {turnsPerConversation} turns, BlobStorage on Azurite 127.0.0.1:{azurite.Port}, {Environment.ProcessorCount} cores");
            Console.WriteLine();
            Console.WriteLine("| Mode | Turns/s | p50 ms | p99 ms | GET/turn | PUT/turn | Other/turn | Re-runs |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var cached in new[] { false, true })
            {
                var row = await RunModeAsync(azurite, cached, conversations, turnsPerConversation, cancellationToken);
                Console.WriteLine(row);
            }
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private static async Task<string> RunModeAsync(AzuriteFixture azurite, bool cached, int conversations, int turns, CancellationToken cancellationToken)
    {
        var counter = new CountingPolicy();
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(4);
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var container = new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient($"bench-{Guid.NewGuid():N}");
        var state = new ConversationState(new BlobStorage(container), cached ? new BotStateCache() : null);
        var dialog = state.CreateProperty("dialogState", BenchJsonContext.Default.DialogLikeState);
        var middleware = new ConversationTurnMiddleware([state], TimeProvider.System);
        var adapter = new BenchAdapter();
        adapter.Use(middleware);

        async Task BotAsync(ITurnContext turn, CancellationToken ct)
        {
            var value = (await dialog.GetAsync(turn, () => new DialogLikeState(), ct))!;
            value.Step = (value.Step + 1) % 6;
            value.Values[$"answer{value.Step}"] = turn.Activity.Text!;
            await turn.SendActivityAsync($"Étape {value.Step}", ct);
        }

        Activity Message(int conversation, int turn) => new()
        {
            Type = ActivityTypes.Message, Id = $"{conversation}-{turn}", Text = $"réponse {turn}", ChannelId = "msteams",
            From = new ChannelAccount { Id = $"user-{conversation}" }, Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = $"19:bench-{conversation}@thread.v2" }, Locale = "fr-FR",
        };

        // Warm-up: creates the container and each conversation's document; not measured.
        for (var c = 0; c < conversations; c++)
        {
            await adapter.ProcessAsync(Message(c, -1), BotAsync, cancellationToken);
        }

        counter.Reset();
        var latencies = new double[conversations * turns];
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            for (var t = 0; t < turns; t++)
            {
                var start = Stopwatch.GetTimestamp();
                await adapter.ProcessAsync(Message(c, t), BotAsync, cancellationToken);
                latencies[(c * turns) + t] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }, cancellationToken)));
        total.Stop();

        Array.Sort(latencies);
        double count = latencies.Length;
        return $"| {(cached ? "cache on" : "cache off")} | {count / total.Elapsed.TotalSeconds:F0} | {latencies[(int)(count * 0.5)]:F1} | {latencies[(int)(count * 0.99)]:F1} "
               + $"| {counter.Reads / count:F2} | {counter.Writes / count:F2} | {counter.Other / count:F2} | {middleware.Retries} |";
    }
}
