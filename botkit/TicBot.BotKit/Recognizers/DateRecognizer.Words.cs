using System.Globalization;

namespace TicBot.BotKit.Recognizers;

public static partial class DateRecognizer
{
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "le", "the", "on", "pour", "for", "vers", "around", "a", "partir", "from", "du", "of",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly Dictionary<string, int> RelativeDays = new(StringComparer.Ordinal)
    {
        ["aujourd hui"] = 0, ["aujourdhui"] = 0, ["ce jour"] = 0, ["today"] = 0,
        ["demain"] = 1, ["tomorrow"] = 1,
        ["apres demain"] = 2, ["day after tomorrow"] = 2, ["the day after tomorrow"] = 2,
        ["hier"] = -1, ["yesterday"] = -1,
    };

    private static RecognizedDate? RecognizeWords(string[] tokens, DateOnly today)
    {
        var start = 0;
        while (start < tokens.Length - 1 && Fillers.Contains(tokens[start]))
        {
            start++;
        }

        var words = tokens.AsSpan(start);
        if (words.Length == 0)
        {
            return null;
        }

        if (RelativeDays.TryGetValue(string.Join(' ', words.ToArray()), out var days))
        {
            return new RecognizedDate(today.AddDays(days), DatePrecision.Day);
        }

        return words[0] switch
        {
            "dans" or "in" => RecognizeOffset(words[1..], today),
            "d" when words.Length > 1 && words[1] == "ici" => RecognizeOffset(words[2..], today),
            "fin" or "end" => RecognizeEdge(SkipLinks(words[1..]), today, atEnd: true),
            "debut" or "beginning" or "start" or "early" => RecognizeEdge(SkipLinks(words[1..]), today, atEnd: false),
            "mi" or "mid" or "middle" => RecognizeMiddle(SkipLinks(words[1..]), today),
            _ => RecognizeCalendar(words, today),
        };
    }

    private static ReadOnlySpan<string> SkipLinks(ReadOnlySpan<string> words)
    {
        while (words.Length > 1 && words[0] is "de" or "du" or "d" or "of" or "the" or "l" or "la")
        {
            words = words[1..];
        }

        return words;
    }

    private static RecognizedDate? RecognizeOffset(ReadOnlySpan<string> words, DateOnly today)
    {
        if (words.Length != 2 || SmallNumber(words[0]) is not { } amount || amount > 1200)
        {
            return null;
        }

        DateOnly? date = words[1] switch
        {
            "jour" or "jours" or "day" or "days" => today.AddDays(amount),
            "semaine" or "semaines" or "week" or "weeks" => today.AddDays(7 * amount),
            "mois" or "month" or "months" => today.AddMonths(amount),
            "an" or "ans" or "annee" or "annees" or "year" or "years" when amount <= 100 => today.AddYears(amount),
            _ => null,
        };
        return date is { } d ? new RecognizedDate(d, DatePrecision.Day) : null;
    }

    private static RecognizedDate? RecognizeEdge(ReadOnlySpan<string> words, DateOnly today, bool atEnd)
    {
        if (words.Length == 1 && words[0] is "mois" or "month")
        {
            var day = atEnd ? DateTime.DaysInMonth(today.Year, today.Month) : 1;
            return Create(today.Year, today.Month, day);
        }

        if (words.Length == 1 && words[0] is "annee" or "an" or "year")
        {
            return Create(today.Year, atEnd ? 12 : 1, atEnd ? 31 : 1);
        }

        if (words.Length == 1 && Year(words[0]) is { } year)
        {
            return Create(year, atEnd ? 12 : 1, atEnd ? 31 : 1);
        }

        if (MonthAndYear(words, today) is not { } month)
        {
            return null;
        }

        var edge = atEnd ? DateTime.DaysInMonth(month.Year, month.Month) : 1;
        return Create(month.Year, month.Month, edge);
    }

    private static RecognizedDate? RecognizeMiddle(ReadOnlySpan<string> words, DateOnly today)
        => MonthAndYear(words, today) is { } month ? Create(month.Year, month.Month, 15) : null;

    /// <summary><c>juin</c> (next June not yet over) or <c>juin 2027</c>: the month's first day.</summary>
    private static DateOnly? MonthAndYear(ReadOnlySpan<string> words, DateOnly today)
    {
        if (words.Length is < 1 or > 2 || Month(words[0]) is not { } month)
        {
            return null;
        }

        if (words.Length == 2)
        {
            return Year(words[1]) is { } year && Create(year, month, 1) is { } first ? first.Date : null;
        }

        return new DateOnly(month >= today.Month ? today.Year : today.Year + 1, month, 1);
    }

    private static RecognizedDate? RecognizeCalendar(ReadOnlySpan<string> words, DateOnly today)
    {
        if (MonthAndYear(words, today) is { } month)
        {
            return new RecognizedDate(month, DatePrecision.Month);
        }

        if (words.Length is < 2 or > 3)
        {
            return null;
        }

        // "15 mars 2027", "1er mars" or, in English, "March 15 2027".
        var (day, monthWord) = Day(words[0]) is { } d ? (d, words[1]) : (Day(words[1]) ?? 0, words[0]);
        if (day == 0 || Month(monthWord) is not { } m)
        {
            return null;
        }

        if (words.Length == 2)
        {
            return NextOccurrence(day, m, today);
        }

        return Year(words[2]) is { } year ? Create(year, m, day) : null;
    }

    private static int? Year(string word)
        => word.Length == 4 && word.All(char.IsAsciiDigit) ? int.Parse(word, CultureInfo.InvariantCulture) : null;
}
