using System.Globalization;
using System.Text;
using TicBot.Methodology.Content;

namespace TicBot.Cards.Formatting;

/// <summary>
/// Numbers, money, percentages and dates as French and English readers expect them, written by hand so
/// that the result never depends on the machine's culture or ICU data. French: narrow no-break space
/// (U+202F) between thousands, decimal comma, no-break space (U+00A0) before the euro sign, "1er" for
/// the first of a month (<c>1 250,50 €</c>, <c>1er mars 2027</c>). English: <c>€1,250.50</c>,
/// <c>1 March 2027</c>. Amounts round half away from zero.
/// </summary>
public static class DisplayFormatter
{
    public const char NarrowNoBreakSpace = '\u202F';
    public const char NoBreakSpace = '\u00A0';

    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>A number with <paramref name="decimals"/> decimals (0 to 6).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Decimals outside 0–6.</exception>
    public static string Number(decimal value, ContentLanguage language, int decimals = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 6);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var body = Digits(Math.Abs(rounded), decimals, language);
        return rounded < 0 ? "-" + body : body;
    }

    /// <summary>An amount in euros; cents are shown only when there are some (<c>1 250 €</c>, <c>1 250,50 €</c>).</summary>
    public static string Money(decimal amount, ContentLanguage language)
    {
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var decimals = rounded == decimal.Truncate(rounded) ? 0 : 2;
        var body = Digits(Math.Abs(rounded), decimals, language);
        var sign = rounded < 0 ? "-" : string.Empty;
        return language == ContentLanguage.English ? $"{sign}€{body}" : $"{sign}{body}{NoBreakSpace}€";
    }

    /// <summary>A ratio as a whole percentage: 0.755 gives <c>76 %</c> (French) or <c>76%</c> (English).</summary>
    public static string Percent(decimal ratio, ContentLanguage language)
    {
        var number = Number(ratio * 100m, language);
        return language == ContentLanguage.English ? number + "%" : number + NarrowNoBreakSpace + "%";
    }

    /// <summary>A date written out: <c>15 mars 2027</c>, <c>1er avril 2027</c>, <c>15 March 2027</c>.</summary>
    public static string Date(DateOnly date, ContentLanguage language)
    {
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        var day = date.Day.ToString(CultureInfo.InvariantCulture);
        return language == ContentLanguage.English
            ? $"{day} {EnglishMonths[date.Month - 1]} {year}"
            : $"{(date.Day == 1 ? "1er" : day)} {FrenchMonths[date.Month - 1]} {year}";
    }

    /// <summary>A number of months: <c>1 mois</c>, <c>18 mois</c>, <c>1 month</c>, <c>18 months</c>.</summary>
    public static string Months(int months, ContentLanguage language)
    {
        var number = Number(months, language);
        return language == ContentLanguage.English
            ? number + (Math.Abs(months) == 1 ? " month" : " months")
            : number + " mois";
    }

    /// <summary>Progress as <c>7/12</c>.</summary>
    public static string Progress(int done, int total)
        => string.Create(CultureInfo.InvariantCulture, $"{done}/{total}");

    private static string Digits(decimal positive, int decimals, ContentLanguage language)
    {
        // Invariant culture is built into .NET, not read from ICU, so this is the same on every machine.
        var plain = positive.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var point = plain.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? plain : plain[..point];
        var separator = language == ContentLanguage.English ? ',' : NarrowNoBreakSpace;
        var builder = new StringBuilder(plain.Length + (integer.Length / 3));
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                builder.Append(separator);
            }

            builder.Append(integer[i]);
        }

        if (point >= 0)
        {
            builder.Append(language == ContentLanguage.English ? '.' : ',').Append(plain, point + 1, plain.Length - point - 1);
        }

        return builder.ToString();
    }
}
