namespace TicBot.BotKit.Recognizers;

public static partial class NumberRecognizer
{
    private static readonly string[] Fillers = ["environ ", "about ", "approximately ", "approx ", "~", "≈", "env. ", "autour de "];

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
}
