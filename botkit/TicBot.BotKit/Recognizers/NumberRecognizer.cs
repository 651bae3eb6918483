using System.Globalization;
using TicBot.BotKit.Localization;

namespace TicBot.BotKit.Recognizers;

/// <summary>
/// Reads an amount or a count typed in French or English: <c>1200</c>, <c>1 200</c> (space, no-break space or
/// narrow no-break space), <c>1 200,50</c>, <c>1.200,50</c>, <c>1,2 M€</c>, <c>15 k€</c>, <c>15 000 € HT</c>,
/// <c>1.5</c>, <c>-3</c>. A hand-written scanner: no regular expression, no culture data, no first-use cost.
/// </summary>
public static partial class NumberRecognizer
{
    private const int MaxLength = 64;

    /// <summary>
    /// Parses <paramref name="text"/>. With a single <c>,</c> or <c>.</c> whose role is unclear, French reads
    /// <c>1.200</c> as 1200 and <c>1,200</c> as 1.2; English reads <c>1,200</c> as 1200 and <c>1.200</c> as 1.2.
    /// </summary>
    /// <returns>False when the text is not exactly one number (words, two numbers, bad grouping, overflow).</returns>
    public static bool TryRecognize(string? text, UserLanguage language, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return false;
        }

        var s = Clean(text);
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '−' or '–' or '+')
        {
            negative = s[0] != '+';
            s = s[1..].TrimStart();
        }

        var currencyFirst = s.StartsWith('€');
        if (currencyFirst)
        {
            s = s[1..].TrimStart();
        }

        var end = ScanNumber(s);
        if (end == 0 || !TryParseCore(s[..end], language, out var number))
        {
            return false;
        }

        if (!TryApplySuffix(s[end..].Trim(), currencyFirst, out var multiplier))
        {
            return false;
        }

        try
        {
            value = number * multiplier;
            if (multiplier != 1)
            {
                // "1,2 M€" should read 1200000, not 1200000.0: drop the zeros the multiplication added.
                value /= 1.000000000000000000000000000000000m;
            }
        }
        catch (OverflowException)
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    private static bool TryParseCore(string core, UserLanguage language, out decimal number)
    {
        number = 0;
        var decimalSeparator = DecimalSeparator(core, language);
        var integerPart = core;
        var fraction = string.Empty;
        if (decimalSeparator is { } d)
        {
            var at = core.LastIndexOf(d);
            integerPart = core[..at];
            fraction = core[(at + 1)..];
            if (fraction.Length == 0 || !fraction.All(char.IsAsciiDigit))
            {
                return false;
            }
        }

        if (!TryJoinGroups(integerPart, out var digits) || digits.Length + fraction.Length > 28)
        {
            return false;
        }

        var invariant = fraction.Length == 0 ? digits : digits + "." + fraction;
        return decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }
}
