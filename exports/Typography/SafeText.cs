using System.Text;

namespace TicBot.Exports.Typography;

/// <summary>
/// Text typed by people goes into XML (Word, Excel) and iCalendar, which refuse control characters and lone surrogates:
/// they are dropped so that odd input never makes an export fail.
/// </summary>
internal static class SafeText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var firstBad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsAllowed(text, i))
            {
                firstBad = i;
                break;
            }
        }

        if (firstBad < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (IsAllowed(text, i))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Splits on line breaks (any convention), after cleaning.</summary>
    public static string[] Lines(string? text) => Clean(text).ReplaceLineEndings("\n").Split('\n');

    private static bool IsAllowed(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        }

        return c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF' && c is not (>= '\u007F' and <= '\u009F'));
    }
}
