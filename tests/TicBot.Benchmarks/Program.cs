using System.Globalization;
using TicBot.Benchmarks;

// dotnet run -c Release --project tests/TicBot.Benchmarks -- parse | exports | state|turns [conversations] [turns-per-conversation]
const string Usage = """
    Usage: dotnet run -c Release --project tests/TicBot.Benchmarks -- <mode> [conversations=16] [turns=50] [toggle] [memory]
      state  ConversationState on BlobStorage (Azurite) through the turn middleware, no HTTP, cache off then on
      parse  the first French number and date parse of a fresh process, then the steady cost per parse
      exports  BenchmarkDotNet: time and allocations of the dossier (.docx), budget (.xlsx) and plan (.ics) for
             the largest realistic project (100 expectations, 5 scenarios), in process
      turns  the real bot end to end over loopback HTTP: Blob storage on Azurite, a fake connector; each
             conversation creates a project, warms up, then runs [turns] measured steady-state turns;
             with "toggle", checklist saves alternately tick and untick the item (each save writes the project);
             with "memory", MemoryStorage instead of Blob (no Azurite: shows what the bot itself costs)
    state and turns start their own Azurite (Node.js 20+ needed; not for "memory") and stop by themselves.
    """;

if (args is ["parse"])
{
    ParseBenchmark.Run();
    return 0;
}

if (args is ["exports"])
{
    ExportsBenchmark.Run();
    return 0;
}

if (args.Length == 0 || args[0] is not ("state" or "turns")
    || !TryCount(args, 1, 16, out var conversations) || !TryCount(args, 2, 50, out var turns)
    || args.Skip(3).Any(a => args[0] != "turns" || a is not ("toggle" or "memory")))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

if (args[0] == "state")
{
    await StateBenchmark.RunAsync(conversations, turns, CancellationToken.None);
    return 0;
}

return await TurnsBenchmark.RunAsync(conversations, turns, args.Contains("toggle"), args.Contains("memory"), CancellationToken.None);

static bool TryCount(string[] args, int index, int fallback, out int value)
{
    value = fallback;
    return args.Length <= index
        || (int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out value) && value is > 0 and <= 10_000);
}
