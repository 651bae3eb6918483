using TicBot.Benchmarks;

// dotnet run -c Release --project tests/TicBot.Benchmarks -- state [conversations] [turns-per-conversation]
if (args.Length == 0 || args[0] != "state")
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project tests/TicBot.Benchmarks -- state [conversations=16] [turns=50]");
    return 2;
}

var conversations = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 16;
var turns = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50;
await StateBenchmark.RunAsync(conversations, turns, CancellationToken.None);
return 0;
