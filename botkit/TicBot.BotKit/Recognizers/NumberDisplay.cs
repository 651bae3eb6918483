using System.Globalization;
using System.Text;
using TicBot.BotKit.Localization;

namespace TicBot.BotKit.Recognizers;

/// <summary>
/// Writes numbers for people, the same on every machine (no ICU): French <c>1 200,5</c> with a narrow no-break
/// space (U+202F) between thousands and a comma before decimals; English <c>1,200.5</c>.
/// </summary>
public static class NumberDisplay
{
    /// <summary>The French thousands separator: narrow no-break space.</summary>
    public const char FrenchGroupSeparator = '\u202F';

    /// <summary>
    /// The value rounded half away from zero to <paramref name="maxDecimals"/> (default 2), trailing zeros dropped.
    /// </summary>
    public static string Format(decimal value, UserLanguage language, int maxDecimals = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDecimals);
        var rounded = Math.Round(value, Math.Min(maxDecimals, 28), MidpointRounding.AwayFromZero);
        var invariant = rounded.ToString("0.############################", CultureInfo.InvariantCulture);
        return Localize(invariant, language);
    }

    /// <summary>An amount in euros: whole euros without decimals, else two. French <c>1 200,50 €</c>, English <c>€1,200.50</c>.</summary>
    public static string FormatEuros(decimal value, UserLanguage language)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        var format = rounded == decimal.Truncate(rounded) ? "0" : "0.00";
        var number = Localize(Math.Abs(rounded).ToString(format, CultureInfo.InvariantCulture), language);
        var sign = rounded < 0 ? "-" : string.Empty;
        return language == UserLanguage.English ? $"{sign}€{number}" : $"{sign}{number}\u00A0€";
    }

    private static string Localize(string invariant, UserLanguage language)
    {
        var negative = invariant.StartsWith('-');
        var body = negative ? invariant[1..] : invariant;
        var dot = body.IndexOf('.');
        var integer = dot < 0 ? body : body[..dot];
        var fraction = dot < 0 ? string.Empty : body[(dot + 1)..];
        var group = language == UserLanguage.English ? ',' : FrenchGroupSeparator;
        var builder = new StringBuilder(body.Length + 8);
        if (negative)
        {
            builder.Append('-');
        }

        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                builder.Append(group);
            }

            builder.Append(integer[i]);
        }

        if (fraction.Length > 0)
        {
            builder.Append(language == UserLanguage.English ? '.' : ',').Append(fraction);
        }

        return builder.ToString();
    }
}
