using System.Diagnostics;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Recognizers;

namespace TicBot.Benchmarks;

/// <summary>
/// The first French parse of a fresh process (the official SDK's recogniser stalled about 3 s there), then the
/// steady cost per parse. Run it as its own process: the first call is only first once.
/// </summary>
internal static class ParseBenchmark
{
    private static readonly string[] Numbers = ["1 200", "1\u202F200,50", "1.200,50", "1,2 M€", "15 k€", "15 000 €", "1.5", "-42"];
    private static readonly string[] Dates = ["15/03/2027", "15 mars 2027", "1er mars 2027", "mars 2027", "2027-03-15", "demain", "dans 3 mois", "fin juin"];

    public static void Run()
    {
        var today = new DateOnly(2026, 11, 28);
        var first = Stopwatch.StartNew();
        NumberRecognizer.TryRecognize("1 200,50 €", UserLanguage.French, out _);
        var firstNumber = first.Elapsed;
        first.Restart();
        DateRecognizer.Recognize("15 mars 2027", today, UserLanguage.French);
        var firstDate = first.Elapsed;

        const int rounds = 20_000;
        var steady = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            NumberRecognizer.TryRecognize(Numbers[i % Numbers.Length], UserLanguage.French, out _);
        }

        var perNumber = steady.Elapsed / rounds;
        steady.Restart();
        for (var i = 0; i < rounds; i++)
        {
            DateRecognizer.Recognize(Dates[i % Dates.Length], today, UserLanguage.French);
        }

        var perDate = steady.Elapsed / rounds;
        Console.WriteLine("| Parse | First call in a fresh process | Then, per parse |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| number (fr) | {firstNumber.TotalMilliseconds:F1} ms | {perNumber.TotalMicroseconds:F2} µs |");
        Console.WriteLine($"| date (fr) | {firstDate.TotalMilliseconds:F1} ms | {perDate.TotalMicroseconds:F2} µs |");
    }
}
