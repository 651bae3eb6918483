using TicBot.Methodology;
using TicBot.Methodology.Content;

namespace TicBot.Exports.Typography;

/// <summary>
/// Our own sentences in the document's language. French gets its typography here — a no-break space before
/// <c>: ; ? !</c> and inside « guillemets » — so sentences are written with ordinary spaces in the code. Text the team
/// typed is never rewritten.
/// </summary>
internal static class Wording
{
    public static string T(ContentLanguage language, string french, string english)
        => language == ContentLanguage.English ? english : French(french);

    /// <summary>A quotation: « texte » in French, “text” in English.</summary>
    public static string Quote(ContentLanguage language, string text)
        => language == ContentLanguage.English ? $"“{text}”" : $"«{DisplayFormat.NoBreakSpace}{text}{DisplayFormat.NoBreakSpace}»";

    /// <summary>"Label : value" with the language's colon.</summary>
    public static string Colon(ContentLanguage language, string label)
        => language == ContentLanguage.English ? label + ":" : label + DisplayFormat.NoBreakSpace + ":";

    /// <summary>A whole number of years: "1 an", "5 ans" / "1 year", "5 years".</summary>
    public static string Years(ContentLanguage language, int years)
        => DisplayFormat.Count(years, language, "an", "ans", "year", "years");

    /// <summary>A whole number of working days.</summary>
    public static string WorkingDays(ContentLanguage language, int days)
        => DisplayFormat.Count(days, language, "jour ouvré", "jours ouvrés", "working day", "working days");

    /// <summary>The seed's "solde", advantages minus drawbacks, with its sign in words (the sign is a true minus).</summary>
    public static string Weighed(ContentLanguage language, int? balance) => balance switch
    {
        null => ToComplete(language),
        > 0 => T(language, $"+{balance} (positif)", $"+{balance} (positive)"),
        < 0 => T(language, $"−{-balance} (négatif)", $"−{-balance} (negative)"),
        _ => T(language, "0 (nul)", "0 (nil)"),
    };

    public static string ToComplete(ContentLanguage language) => T(language, "à compléter", "to be completed");

    private static string French(string text) => text
        .Replace(" :", "\u00A0:", StringComparison.Ordinal)
        .Replace(" ;", "\u00A0;", StringComparison.Ordinal)
        .Replace(" ?", "\u00A0?", StringComparison.Ordinal)
        .Replace(" !", "\u00A0!", StringComparison.Ordinal)
        .Replace("« ", "«\u00A0", StringComparison.Ordinal)
        .Replace(" »", "\u00A0»", StringComparison.Ordinal);
}
