using TicBot.Methodology.Content;

namespace TicBot.Methodology;

/// <summary>A short user-facing text computed by a rule, in French (reference) and English.</summary>
public sealed record MethodologyText(string French, string English)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string For(ContentLanguage language) => language == ContentLanguage.English ? English : French;
}
