using System.Globalization;
using TicBot.BotKit.Localization;

namespace TicBot.BotKit.Recognizers;

/// <summary>
/// Reads a date typed in French or English: <c>15/03/2027</c>, <c>15-03-2027</c>, <c>15.03.27</c>, ISO
/// <c>2027-03-15</c>, <c>15 mars 2027</c>, <c>1er mars 2027</c>, <c>mars 2027</c>, <c>aujourd'hui</c>,
/// <c>demain</c>, <c>dans 3 mois</c>, <c>fin juin</c>, <c>March 15, 2027</c>, <c>in 2 weeks</c>…
/// Dates that do not exist (<c>31/02/2027</c>) are rejected. Relative forms count from <c>today</c>, which
/// the caller computes in the user's time zone (<see cref="UserClock"/>). No regular expressions, no culture data.
/// </summary>
public static partial class DateRecognizer
{
    private const int MaxLength = 100;

    /// <summary>The date, or null when the text is not a date that exists.</summary>
    /// <param name="today">The user's current date, in their time zone.</param>
    /// <param name="language">English reads <c>03/15/2027</c> month first when the day cannot come first.</param>
    public static RecognizedDate? Recognize(string? text, DateOnly today, UserLanguage language)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        var trimmed = text.Trim();
        return RecognizeIso(trimmed)
            ?? RecognizeNumeric(trimmed, today, language)
            ?? RecognizeWords(TextNormalizer.Fold(trimmed).Split(' ', StringSplitOptions.RemoveEmptyEntries), today);
    }

    private static RecognizedDate? RecognizeIso(string s)
    {
        if (s.Length < 10 || s[4] != '-' || s[7] != '-' || (s.Length > 10 && s[10] is not 'T' and not 't' and not ' '))
        {
            return null;
        }

        return DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new RecognizedDate(date, DatePrecision.Day)
            : null;
    }

    private static RecognizedDate? RecognizeNumeric(string s, DateOnly today, UserLanguage language)
    {
        if (s.StartsWith("le ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[3..].TrimStart();
        }

        var parts = s.Split(['/', '-', '.']);
        if ((parts.Length == 2 && s.Contains('.')) || parts.Length is < 2 or > 3 || !Array.TrueForAll(parts, p => p.Length is >= 1 and <= 4 && p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        if (parts[0].Length > 2 || parts[1].Length > 2 || (parts.Length == 3 && parts[2].Length is 1 or 3))
        {
            return null;
        }

        var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var second = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var (day, month) = language == UserLanguage.English && second > 12 && first <= 12 ? (second, first) : (first, second);
        if (parts.Length == 2)
        {
            // "1.5" is a number rather than the 1st of May; "15/03" is a date.
            return NextOccurrence(day, month, today);
        }

        var year = int.Parse(parts[2], CultureInfo.InvariantCulture);
        year = parts[2].Length == 2 ? 2000 + year : year;
        return Create(year, month, day);
    }

    /// <summary>The date if it exists in the calendar, else null.</summary>
    internal static RecognizedDate? Create(int year, int month, int day, DatePrecision precision = DatePrecision.Day)
    {
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new RecognizedDate(new DateOnly(year, month, day), precision);
    }

    /// <summary>A day and month without a year: this year's if still to come, else next year's.</summary>
    internal static RecognizedDate? NextOccurrence(int day, int month, DateOnly today)
    {
        if (month is < 1 or > 12 || day < 1 || day > 31)
        {
            return null;
        }

        var thisYear = Create(today.Year, month, day);
        if (thisYear is not null && thisYear.Date >= today)
        {
            return thisYear;
        }

        // 29/02 may exist only in a later year; look a few years ahead.
        for (var year = today.Year + 1; year <= today.Year + 4; year++)
        {
            if (Create(year, month, day) is { } next)
            {
                return next;
            }
        }

        return null;
    }
}
