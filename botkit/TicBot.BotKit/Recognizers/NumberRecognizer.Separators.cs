using TicBot.BotKit.Localization;

namespace TicBot.BotKit.Recognizers;

public static partial class NumberRecognizer
{
    /// <summary>Which of <c>,</c> and <c>.</c> (if any) separates the decimals; the other groups thousands.</summary>
    private static char? DecimalSeparator(string core, UserLanguage language)
    {
        var commas = core.Count(c => c == ',');
        var dots = core.Count(c => c == '.');
        if (commas > 0 && dots > 0)
        {
            return core.LastIndexOf(',') > core.LastIndexOf('.') ? ',' : '.';
        }

        if (commas + dots != 1)
        {
            // None, or a repeated separator: "1.200.000" and "1,200,000" group thousands.
            return null;
        }

        var separator = commas == 1 ? ',' : '.';
        var at = core.IndexOf(separator);
        var before = core[..at];
        var looksGrouped = core.Length - at - 1 == 3 && !before.Contains(' ') && !before.Contains('\'')
            && before.Length is >= 1 and <= 3 && before[0] != '0';
        if (!looksGrouped)
        {
            return separator;
        }

        // "1.200" is 1200 for a French reader and 1.2 for an English one; "1,200" the other way round.
        var frenchGroups = separator == '.';
        return (language == UserLanguage.French) == frenchGroups ? null : separator;
    }

    /// <summary>Removes grouping separators after checking the groups: 1 to 3 digits first, then exactly 3.</summary>
    private static bool TryJoinGroups(string integerPart, out string digits)
    {
        digits = string.Empty;
        var groups = integerPart.Split([' ', '.', ',', '\'']);
        if (groups.Length == 0 || groups[0].Length == 0)
        {
            return false;
        }

        if (groups.Length > 1)
        {
            if (groups[0].Length > 3)
            {
                return false;
            }

            for (var i = 1; i < groups.Length; i++)
            {
                if (groups[i].Length != 3)
                {
                    return false;
                }
            }
        }

        digits = string.Concat(groups);
        return digits.All(char.IsAsciiDigit);
    }
}
