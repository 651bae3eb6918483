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

    private static readonly string[] Fillers = ["environ ", "about ", "approximately ", "approx ", "~", "≈", "env. ", "autour de "];

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
        }
        catch (OverflowException)
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    private static string Clean(string text)
    {
        var chars = text.Trim().ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '\u00A0' or '\u202F' or '\u2009' or '\t' or '\u2007')
            {
                chars[i] = ' ';
            }
            else if (chars[i] == '’')
            {
                chars[i] = '\'';
            }
        }

        var s = new string(chars);
        foreach (var filler in Fillers)
        {
            if (s.StartsWith(filler, StringComparison.Ordinal))
            {
                return s[filler.Length..].TrimStart();
            }
        }

        return s;
    }

    /// <summary>The end of the leading run of digits and separators; a separator counts only before a digit.</summary>
    private static int ScanNumber(string s)
    {
        var i = 0;
        while (i < s.Length)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                i++;
            }
            else if (s[i] is ' ' or '.' or ',' or '\'' && i > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i > 0 && char.IsAsciiDigit(s[0]) ? i : 0;
    }

    private static bool TryApplySuffix(string rest, bool currencySeen, out decimal multiplier)
    {
        multiplier = 1;
        foreach (var word in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word;
            if (w.EndsWith('€') && w.Length > 1)
            {
                w = w[..^1];
            }

            if (multiplier == 1 && Multiplier(w) is { } m)
            {
                multiplier = m;
            }
            else if (w is "€" or "eur" or "euro" or "euros" && !currencySeen)
            {
                currencySeen = true;
            }
            else if (!(currencySeen && w is "ht" or "ttc"))
            {
                return false;
            }

            currencySeen |= word.EndsWith('€');
        }

        return true;
    }

    private static decimal? Multiplier(string word) => word switch
    {
        "k" or "ke" or "mille" or "milliers" or "thousand" or "thousands" => 1_000m,
        "m" or "me" or "million" or "millions" or "mn" => 1_000_000m,
        "md" or "mds" or "mrd" or "mrds" or "milliard" or "milliards" or "billion" or "billions" or "bn" => 1_000_000_000m,
        _ => null,
    };

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
