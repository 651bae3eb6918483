using TicBot.Methodology.Content;

namespace TicBot.Methodology;

/// <summary>A short user-facing text computed by a rule, in French (reference) and English.</summary>
/// <param name="IsAddition">True when the text says something beyond the seed (an expert remark, an indicative
/// threshold): cards show it labelled « Complément ». <value>False by default.</value></param>
public sealed record MethodologyText(string French, string English, bool IsAddition = false)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string For(ContentLanguage language) => language == ContentLanguage.English ? English : French;
}
