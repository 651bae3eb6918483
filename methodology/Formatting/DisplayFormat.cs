using System.Globalization;
using System.Text;
using TicBot.Methodology.Content;

namespace TicBot.Methodology;

/// <summary>
/// The one way TicBot writes numbers, money, percentages, counts and dates for people, in French and English. Written
/// by hand from fixed tables, so the text is the same on every machine (no culture but the invariant one, no ICU, and
/// it works with <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT</c>). Rounding is half away from zero; a negative number
/// takes a hyphen-minus.
/// </summary>
/// <remarks>
/// French spaces, following CLDR's <c>fr</c> patterns: <see cref="NarrowNoBreakSpace"/> (U+202F) inside a number's
/// notation — between digit groups and before the percent sign (<c>1 250 000</c>, <c>82 %</c>);
/// <see cref="NoBreakSpace"/> (U+00A0) between a number and the word or symbol it goes with — the euro sign, a counted
/// word, and between the day, month and year of a date (<c>1 250 €</c>, <c>18 mois</c>, <c>1er mars 2027</c>); a
/// weekday is followed by an ordinary space (<c>lundi 1er mars 2027</c>). Texts use U+00A0 before
/// <c>: ; ? !</c> and inside « guillemets ». English uses plain spaces: <c>1,250,000</c>, <c>€1,250.50</c>,
/// <c>82%</c>, <c>15 March 2027</c>.
/// </remarks>
public static partial class DisplayFormat
{
    /// <summary>U+202F: between digit groups and before <c>%</c> in French.</summary>
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>U+00A0: before <c>€</c>, between a number and the word it counts, between the parts of a date.</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>
    /// A number rounded to at most <paramref name="maxDecimals"/> decimals, trailing zeros dropped: French
    /// <c>1 250,5</c>, English <c>1,250.5</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDecimals"/> outside 0–6.</exception>
    public static string Number(decimal value, ContentLanguage language, int maxDecimals = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDecimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDecimals, 6);
        var rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        return Signed(rounded, Digits(Math.Abs(rounded).ToString("0.######", CultureInfo.InvariantCulture), language));
    }

    /// <summary>
    /// An amount in euros, cents shown only when there are some: French <c>1 250 €</c>, <c>1 250,50 €</c>,
    /// <c>-4 701 €</c>; English <c>€1,250</c>, <c>€1,250.50</c>, <c>-€4,701</c>.
    /// </summary>
    public static string Euros(decimal amount, ContentLanguage language)
    {
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var format = rounded == decimal.Truncate(rounded) ? "0" : "0.00";
        var digits = Digits(Math.Abs(rounded).ToString(format, CultureInfo.InvariantCulture), language);
        return language == ContentLanguage.English
            ? Signed(rounded, "€" + digits)
            : Signed(rounded, digits + NoBreakSpace + "€");
    }

    /// <summary>A ratio (1 = 100 %) as a whole percentage: 0.755 gives French <c>76 %</c>, English <c>76%</c>.</summary>
    public static string Percent(decimal ratio, ContentLanguage language)
    {
        var number = Number(ratio * 100m, language, maxDecimals: 0);
        return language == ContentLanguage.English ? number + "%" : number + NarrowNoBreakSpace + "%";
    }

    /// <summary>
    /// A count and its word, agreed in number: French <c>0 tâche</c>, <c>1 tâche</c>, <c>3 tâches</c> (0 and 1 take the
    /// singular); English <c>1 task</c>, <c>0 tasks</c>, <c>3 tasks</c>.
    /// </summary>
    public static string Count(int count, ContentLanguage language, string frenchOne, string frenchMany, string englishOne, string englishMany)
    {
        var number = Number(count, language);
        return language == ContentLanguage.English
            ? number + " " + (Math.Abs(count) == 1 ? englishOne : englishMany)
            : number + NoBreakSpace + (Math.Abs(count) <= 1 ? frenchOne : frenchMany);
    }

    /// <summary>A number of months: French <c>1 mois</c>, <c>18 mois</c>; English <c>1 month</c>, <c>18 months</c>.</summary>
    public static string Months(int months, ContentLanguage language)
        => Count(months, language, "mois", "mois", "month", "months");

    /// <summary>Progress as <c>7/12</c>, in both languages.</summary>
    public static string Progress(int done, int total)
        => string.Create(CultureInfo.InvariantCulture, $"{done}/{total}");

    private static string Signed(decimal value, string body) => value < 0 ? "-" + body : body;

    /// <summary>Groups the integer part of invariant digits (<c>1234.5</c>) and localises the decimal separator.</summary>
    private static string Digits(string invariant, ContentLanguage language)
    {
        var point = invariant.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? invariant : invariant[..point];
        var group = language == ContentLanguage.English ? ',' : NarrowNoBreakSpace;
        var builder = new StringBuilder(invariant.Length + (integer.Length / 3));
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                builder.Append(group);
            }

            builder.Append(integer[i]);
        }

        if (point >= 0)
        {
            builder.Append(language == ContentLanguage.English ? '.' : ',').Append(invariant, point + 1, invariant.Length - point - 1);
        }

        return builder.ToString();
    }
}
