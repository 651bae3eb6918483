using System.Globalization;
using TicBot.Methodology.Content;

namespace TicBot.Methodology;

/// <summary>Dates in words, from our own month and day names (French: <c>1er</c> for the first of a month).</summary>
public static partial class DisplayFormat
{
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // Indexed by DayOfWeek: Sunday first.
    private static readonly string[] FrenchDays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    private static readonly string[] EnglishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>French <c>15 mars 2027</c>, <c>1er mars 2027</c>; English <c>15 March 2027</c>, <c>1 March 2027</c>.</summary>
    public static string Date(DateOnly date, ContentLanguage language)
        => DayAndMonth(date, language) + Space(language) + Year(date);

    /// <summary>French <c>lundi 15 mars 2027</c>, <c>lundi 1er mars 2027</c>; English <c>Monday 15 March 2027</c>.</summary>
    public static string DateWithWeekday(DateOnly date, ContentLanguage language)
        => (language == ContentLanguage.English ? EnglishDays : FrenchDays)[(int)date.DayOfWeek] + " " + Date(date, language);

    /// <summary>French <c>15 mars</c>, <c>1er mars</c>; English <c>15 March</c>, <c>1 March</c>.</summary>
    public static string DayAndMonth(DateOnly date, ContentLanguage language)
    {
        var day = date.Day.ToString(CultureInfo.InvariantCulture);
        return language == ContentLanguage.English
            ? day + " " + EnglishMonths[date.Month - 1]
            : (date.Day == 1 ? "1er" : day) + NoBreakSpace + FrenchMonths[date.Month - 1];
    }

    /// <summary>French <c>mars 2027</c>; English <c>March 2027</c> (the day is not shown).</summary>
    public static string MonthAndYear(DateOnly date, ContentLanguage language)
        => (language == ContentLanguage.English ? EnglishMonths : FrenchMonths)[date.Month - 1] + Space(language) + Year(date);

    /// <summary>The numeric form: French <c>15/03/2027</c>; English the unambiguous ISO <c>2027-03-15</c>.</summary>
    public static string ShortDate(DateOnly date, ContentLanguage language)
        => date.ToString(language == ContentLanguage.English ? "yyyy'-'MM'-'dd" : "dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    private static string Year(DateOnly date) => date.Year.ToString(CultureInfo.InvariantCulture);

    private static string Space(ContentLanguage language) => language == ContentLanguage.English ? " " : NoBreakSpace.ToString();
}
