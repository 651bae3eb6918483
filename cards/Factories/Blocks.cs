using TicBot.Cards.Actions;
using TicBot.Cards.Model;
using TicBot.Methodology;
using TicBot.Methodology.Content;

namespace TicBot.Cards.Factories;

/// <summary>The few building blocks every card shares, so that all cards look and read alike.</summary>
internal static class Blocks
{
    public static string Lang(ContentLanguage language) => language == ContentLanguage.English ? "en" : "fr";

    /// <summary>
    /// The text in the language. French gets its no-break spaces before <c>: ; ? !</c> and inside
    /// guillemets, so that a line never starts with a lone colon or closing guillemet.
    /// </summary>
    public static string T(ContentLanguage language, string french, string english)
        => language == ContentLanguage.English ? english : FrenchSpacing(french);

    public static string FrenchSpacing(string text) => text
        .Replace(" :", "\u00A0:", StringComparison.Ordinal)
        .Replace(" ;", "\u00A0;", StringComparison.Ordinal)
        .Replace(" ?", "\u00A0?", StringComparison.Ordinal)
        .Replace(" !", "\u00A0!", StringComparison.Ordinal)
        .Replace("« ", "«\u00A0", StringComparison.Ordinal)
        .Replace(" »", "\u00A0»", StringComparison.Ordinal);

    /// <summary>Longest project or scenario name shown; the model accepts longer, a card cannot show them usefully.</summary>
    public const int NameLength = 120;

    /// <summary>Longest free text (a rationale, a reason) shown.</summary>
    public const int TextLength = 1200;

    /// <summary>The text, trimmed, and cut with an ellipsis when longer than <paramref name="max"/>.</summary>
    public static string Clip(string text, int max = NameLength)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>
    /// "1 tâche", "3 tâches", "0 tâche" in French (0 and 1 take the singular there), "0 tasks" in English.
    /// </summary>
    public static string Count(ContentLanguage language, int count, string frenchOne, string frenchMany, string englishOne, string englishMany)
        => DisplayFormat.Count(count, language, frenchOne, frenchMany, englishOne, englishMany);

    /// <summary>A bulleted list (markdown, which Teams renders as a list for screen readers too).</summary>
    public static TextBlock Bullets(IEnumerable<string> points)
        => new(string.Join("\n", points.Select(p => "- " + p.Trim()))) { Wrap = true, Spacing = Spacing.None };

    /// <summary>The card's title, announced as a heading by screen readers.</summary>
    public static TextBlock Heading(string text)
        => new(text) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true };

    /// <summary>A section title inside a card.</summary>
    public static TextBlock Subheading(string text)
        => new(text) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true, Spacing = Spacing.Medium };

    public static TextBlock Paragraph(string text) => new(text) { Wrap = true };

    public static TextBlock Subtle(string text) => new(text) { Wrap = true, IsSubtle = true, Spacing = Spacing.None };

    /// <summary>A label in bold followed by its text, one run each, e.g. "Pourquoi : …".</summary>
    public static RichTextBlock Labelled(string label, string text)
        => new([new TextRun(label) { Weight = TextWeight.Bolder }, new TextRun(" " + text)]);

    /// <summary>The menu button every card ends with, so nobody is ever stuck.</summary>
    public static SubmitAction MenuButton(ContentLanguage language)
        => new(T(language, "Menu principal", "Main menu")) { Data = new MenuShowData() };

    public static AdaptiveCard Card(ContentLanguage language, string fallbackText, IReadOnlyList<AdaptiveElement> body, IReadOnlyList<AdaptiveAction>? actions = null)
        => new(body) { Lang = Lang(language), FallbackText = fallbackText, Actions = actions is { Count: > 0 } ? actions : null };
}
