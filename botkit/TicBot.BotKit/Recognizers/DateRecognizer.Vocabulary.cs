using System.Globalization;

namespace TicBot.BotKit.Recognizers;

public static partial class DateRecognizer
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["janvier"] = 1, ["janv"] = 1, ["january"] = 1, ["jan"] = 1,
        ["fevrier"] = 2, ["fevr"] = 2, ["fev"] = 2, ["february"] = 2, ["feb"] = 2,
        ["mars"] = 3, ["march"] = 3, ["mar"] = 3,
        ["avril"] = 4, ["avr"] = 4, ["april"] = 4, ["apr"] = 4,
        ["mai"] = 5, ["may"] = 5,
        ["juin"] = 6, ["june"] = 6, ["jun"] = 6,
        ["juillet"] = 7, ["juil"] = 7, ["july"] = 7, ["jul"] = 7,
        ["aout"] = 8, ["august"] = 8, ["aug"] = 8,
        ["septembre"] = 9, ["sept"] = 9, ["sep"] = 9, ["september"] = 9,
        ["octobre"] = 10, ["oct"] = 10, ["october"] = 10,
        ["novembre"] = 11, ["nov"] = 11, ["november"] = 11,
        ["decembre"] = 12, ["dec"] = 12, ["december"] = 12,
    };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["un"] = 1, ["une"] = 1, ["a"] = 1, ["an"] = 1, ["one"] = 1,
        ["deux"] = 2, ["two"] = 2, ["trois"] = 3, ["three"] = 3, ["quatre"] = 4, ["four"] = 4,
        ["cinq"] = 5, ["five"] = 5, ["six"] = 6, ["sept"] = 7, ["seven"] = 7, ["huit"] = 8, ["eight"] = 8,
        ["neuf"] = 9, ["nine"] = 9, ["dix"] = 10, ["ten"] = 10, ["onze"] = 11, ["eleven"] = 11,
        ["douze"] = 12, ["twelve"] = 12, ["quinze"] = 15, ["fifteen"] = 15, ["dixhuit"] = 18, ["vingt"] = 20,
        ["twenty"] = 20, ["trente"] = 30, ["thirty"] = 30,
    };

    private static int? Month(string word) => Months.TryGetValue(word, out var month) ? month : null;

    private static int? SmallNumber(string word)
    {
        if (word.Length is >= 1 and <= 4 && word.All(char.IsAsciiDigit))
        {
            return int.Parse(word, CultureInfo.InvariantCulture);
        }

        return NumberWords.TryGetValue(word, out var value) ? value : null;
    }

    /// <summary>A day of the month: <c>15</c>, <c>1er</c>, <c>premier</c>, <c>1st</c>, <c>22nd</c>, <c>15th</c>.</summary>
    private static int? Day(string word)
    {
        if (word is "premier" or "first")
        {
            return 1;
        }

        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        var suffix = word[digits..];
        if (digits is < 1 or > 2 || suffix is not ("" or "er" or "st" or "nd" or "rd" or "th" or "e"))
        {
            return null;
        }

        var day = int.Parse(word[..digits], CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31 ? day : null;
    }
}
