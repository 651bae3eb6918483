using System.Globalization;
using TicBot.BotKit.Localization;

namespace TicBot.BotKit.Recognizers;

/// <summary>
/// Writes dates for people, the same on every machine (month names are ours, not ICU's): French
/// <c>1er mars 2027</c>, <c>15 mars 2027</c>, <c>mars 2027</c>; English <c>1 March 2027</c>, <c>March 2027</c>.
/// </summary>
public static class DateDisplay
{
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The day in words: <c>15 mars 2027</c> / <c>15 March 2027</c>.</summary>
    public static string Format(DateOnly date, UserLanguage language)
    {
        var day = language == UserLanguage.French && date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);
        return $"{day} {Month(date.Month, language)} {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>A recognised date at its precision: a day, or a month (<c>mars 2027</c>).</summary>
    public static string Format(RecognizedDate date, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(date);
        return date.Precision == DatePrecision.Month
            ? $"{Month(date.Date.Month, language)} {date.Date.Year.ToString(CultureInfo.InvariantCulture)}"
            : Format(date.Date, language);
    }

    /// <summary>The numeric form: <c>15/03/2027</c> in French, ISO <c>2027-03-15</c> in English (unambiguous).</summary>
    public static string FormatShort(DateOnly date, UserLanguage language)
        => date.ToString(language == UserLanguage.English ? "yyyy-MM-dd" : "dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Month(int month, UserLanguage language)
        => (language == UserLanguage.English ? EnglishMonths : FrenchMonths)[month - 1];
}
