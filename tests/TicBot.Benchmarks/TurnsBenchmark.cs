using TicBot.BotKit.State;
using TicBot.Dialogs.Projects;
using TicBot.TestSupport.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace TicBot.Benchmarks;

/// <summary>
/// Whole bot turns end to end: the real bot over loopback HTTP, Blob storage on a real Azurite, a fake connector
/// as serviceUrl. Each conversation creates its project through the dialog, warms up, then runs the measured
/// steady-state loop of typed requests alternating with checklist saves (Action.Execute).
/// </summary>
internal static class TurnsBenchmark
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static async Task<int> RunAsync(int conversations, int turns, bool toggle, bool memory, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        var ct = limit.Token;
        // MemoryStorage runs need no Azurite.
        var azurite = memory ? null : new AzuriteFixture();
        if (azurite is not null)
        {
            await azurite.StartAsync(ct);
        }

        try
        {
            await using var connector = await FakeConnector.StartAsync(ct);
            var counter = new StorageRequestCounter();
            await using var bot = await BenchBotHost.StartAsync(azurite?.ConnectionString, counter, ct);
            using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(30) };
            var payloads = new TurnPayloads(connector.ServiceUrl, toggle);
            var run = new TurnRun(client, conversations);
            Console.WriteLine($"{conversations} concurrent personal chats x {turns} steady-state turns{(toggle ? ", saves toggling the tick" : "")}; bot {bot.Address}, {(azurite is null ? "MemoryStorage" : $"Azurite 127.0.0.1:{azurite.Port}")}, connector {connector.ServiceUrl}; {Environment.ProcessorCount} cores");

            // Setup, not measured: each conversation creates its project through the dialog (kind asked after the name).
            await run.ForEachConversationAsync(c => [payloads.Says(c, -3, "checklist"), payloads.Says(c, -2, $"Projet banc {c}"), payloads.Says(c, -1, "commune")], TurnKind.None, ct);
            var projectWrites = counter.Count(null, StorageDocument.Project, StorageOperation.Write);
            var projects = bot.Services.GetRequiredService<ProjectStore>();
            for (var c = 0; c < conversations; c++)
            {
                var place = new ProjectPlace(ProjectPlaceKind.Personal, TurnPayloads.UserId(c), "msteams");
                if ((await projects.ListAsync(place, ct)).FirstOrDefault() is { } project)
                {
                    payloads.KnowProject(c, project.Id);
                }
            }

            // Warm-up, not measured: one full cycle of the steady-state turns (JIT, caches, connections).
            await run.ForEachConversationAsync(c => [.. Enumerable.Range(0, 8).Select(t => payloads.SteadyTurn(c, t).Json)], TurnKind.None, ct);
            if (run.Failures > 0 || (!memory && projectWrites < conversations))
            {
                Console.Error.WriteLine($"Setup failed: {run.Failures} failed turns, {projectWrites} project writes for {conversations} conversations. {run.FirstFailure}");
                return 1;
            }

            var steady = Enumerable.Range(0, conversations).Select(c => Enumerable.Range(0, turns).Select(t => payloads.SteadyTurn(c, t)).ToArray()).ToArray();
            var middleware = bot.Services.GetRequiredService<ConversationTurnMiddleware>();
            var retriesBefore = middleware.Retries;
            counter.Reset();
            connector.Reset();
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes();
            var gen2 = GC.CollectionCount(2);
            var (selfCpu, childCpu) = (ProcessCpu.Self(), ProcessCpu.Children());
            var loadBefore = LoadAverage();

            var measured = await run.MeasureAsync(steady, ct);

            var report = new TurnsReport(measured, counter)
            {
                Connector = connector.Answered,
                UnexpectedConnector = connector.Unexpected,
                Retries = middleware.Retries - retriesBefore,
                AllocatedBytes = GC.GetTotalAllocatedBytes() - allocated,
                Gen2 = GC.CollectionCount(2) - gen2,
                BotCpu = ProcessCpu.Self() - selfCpu,
                AzuriteCpu = ProcessCpu.Children() - childCpu,
                Load = $"{loadBefore} → {LoadAverage()}",
            };
            report.Print(Console.Out);
            return measured.Failures == 0 ? 0 : 1;
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }
        }
    }

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
