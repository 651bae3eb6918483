using System.Globalization;
using TicBot.Methodology.Content;

namespace TicBot.Methodology;

/// <summary>Formats dates, euros and percentages for display; amounts are rounded here only.</summary>
public static class DisplayFormat
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"lundi 14 septembre 2026" / "Monday 14 September 2026".</summary>
    public static string Date(DateOnly date, ContentLanguage language) =>
        language == ContentLanguage.English
            ? date.ToString("dddd d MMMM yyyy", English)
            : date.ToString("dddd d MMMM yyyy", French);

    /// <summary>Whole euros: "12 501 €" / "€12,501" (rounded half away from zero).</summary>
    public static string Euros(decimal amount, ContentLanguage language)
    {
        var rounded = Math.Round(amount, 0, MidpointRounding.AwayFromZero);
        if (language == ContentLanguage.English)
        {
            return (rounded < 0 ? "-€" : "€") + Math.Abs(rounded).ToString("N0", English);
        }

        return rounded.ToString("N0", French) + "\u00a0€";
    }

    /// <summary>A ratio 0–1 as a whole percentage: "82 %" / "82%".</summary>
    public static string Percent(decimal ratio, ContentLanguage language)
    {
        var value = Math.Round(ratio * 100m, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
        return language == ContentLanguage.English ? value + "%" : value + "\u00a0%";
    }
}
