using System.Text;

namespace TicBot.BotKit.Recognizers;

/// <summary>
/// Folds user input for matching: lower case, no accents, punctuation turned into single spaces.
/// Uses an explicit table (no ICU, no culture), so results are the same on every machine.
/// </summary>
public static class TextNormalizer
{
    /// <summary>The longest input the recognisers look at; longer input is not an answer to a prompt.</summary>
    public const int MaxInputLength = 500;

    /// <summary>
    /// <c>"  D'accord, Élodie !"</c> becomes <c>"d accord elodie"</c>. Null becomes the empty string.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            var folded = FoldChar(c);
            if (folded == '\0')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(folded);
            if (c is 'œ' or 'Œ' or 'æ' or 'Æ' or 'ß')
            {
                builder.Append(c is 'ß' ? 's' : 'e');
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The lower-case, accent-free form of a letter or digit (the first letter of a ligature); <c>'\0'</c> for
    /// anything that separates words.
    /// </summary>
    internal static char FoldChar(char c)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return c;
        }

        if (c is >= 'A' and <= 'Z')
        {
            return (char)(c + 32);
        }

        return c switch
        {
            'à' or 'â' or 'ä' or 'á' or 'ã' or 'å' or 'À' or 'Â' or 'Ä' or 'Á' or 'Ã' or 'Å' => 'a',
            'ç' or 'Ç' => 'c',
            'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' or 'Ê' or 'Ë' => 'e',
            'î' or 'ï' or 'í' or 'ì' or 'Î' or 'Ï' or 'Í' or 'Ì' => 'i',
            'ô' or 'ö' or 'ó' or 'ò' or 'õ' or 'Ô' or 'Ö' or 'Ó' or 'Ò' or 'Õ' => 'o',
            'ù' or 'û' or 'ü' or 'ú' or 'Ù' or 'Û' or 'Ü' or 'Ú' => 'u',
            'ÿ' or 'ý' or 'Ÿ' or 'Ý' => 'y',
            'ñ' or 'Ñ' => 'n',
            'œ' or 'Œ' => 'o',
            'æ' or 'Æ' => 'a',
            'ß' => 's',
            _ when char.IsLetterOrDigit(c) => char.ToLowerInvariant(c),
            _ => '\0',
        };
    }
}
