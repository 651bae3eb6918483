using TicBot.Cards.Model;
using TicBot.Methodology;
using TicBot.Methodology.Content;
using TicBot.Methodology.Rules.SiAdvice;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// The advice on the information system: overhaul or convergence, why, what to watch, and both
/// approaches' advantages and drawbacks from the methodology, side by side in reading order.
/// </summary>
public static class SiAdviceCardFactory
{
    /// <param name="content">The methodology content in the user's language (it sets the card's language).</param>
    /// <exception cref="KeyNotFoundException">The content lacks an approach (a content defect).</exception>
    public static AdaptiveCard Create(SiAdviceResult advice, MethodologyContent content)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(content);
        var language = content.Language;
        var approach = advice.Approach(content);
        var alternative = content.FindSiApproach(advice.AlternativeId) ?? throw new KeyNotFoundException($"No content for '{advice.AlternativeId}'.");
        var title = T(language, "Refonte du système d’information ou convergence ?", "Overhaul the information system or converge?");
        List<AdaptiveElement> body =
        [
            Heading(title),
            Labelled(T(language, "Conseil :", "Advice:"), approach.Title),
        ];
        if (!advice.IsClearCut)
        {
            body.Add(Paragraph(T(language,
                "L’ouverture du système reste à établir : ce conseil est à confirmer avec votre service informatique.",
                "How open the system is remains to be established: confirm this advice with your IT department.")));
        }

        body.AddRange(Section(T(language, "Pourquoi", "Why"), advice.Reasons.Select(r => Text(r, language)), language));
        body.AddRange(Section(T(language, "Précautions", "Precautions"), advice.Cautions.Select(c => Text(c, language)), language));
        if (advice.Reasons.Concat(advice.Cautions).Any(t => t.IsAddition))
        {
            body.Add(AdditionText.Legend(language));
        }

        body.AddRange(Approach(approach, T(language, $"La voie conseillée : {approach.Title}", $"The advised approach: {approach.Title}"), language));
        body.AddRange(Approach(alternative, T(language, $"L’autre voie : {alternative.Title}", $"The other approach: {alternative.Title}"), language));
        return Card(language, $"{title} {approach.Title}", body, [MenuButton(language)]);
    }

    private static string Text(MethodologyText text, ContentLanguage language)
        => text.IsAddition ? T(language, $"{AdditionText.Label(language)} — ", $"{AdditionText.Label(language)} — ") + text.For(language) : text.For(language);

    private static IEnumerable<AdaptiveElement> Approach(SiApproachContent approach, string heading, ContentLanguage language)
    {
        yield return Subheading(heading);
        yield return Labelled(T(language, "Quand :", "When:"), approach.When);
        yield return Paragraph(approach.Approach);
        foreach (var element in Section(T(language, "Avantages", "Advantages"), approach.Advantages, language))
        {
            yield return element;
        }

        foreach (var element in Section(T(language, "Inconvénients", "Drawbacks"), approach.Drawbacks, language))
        {
            yield return element;
        }
    }

    private static IEnumerable<AdaptiveElement> Section(string title, IEnumerable<string> lines, ContentLanguage language)
    {
        var list = lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (list.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock(T(language, $"{title} :", $"{title}:")) { Weight = TextWeight.Bolder, Wrap = true };
        yield return Bullets(list);
    }
}
