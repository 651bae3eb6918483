using TicBot.Methodology;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// How every card tells the seed's methodology from what TicBot adds to it: the « Complément » label, the note it
/// heads, and progress counted apart ("5/9 de la méthode, 2/6 compléments").
/// </summary>
internal static class AdditionText
{
    /// <summary>The label of an addition to the seed, as the content names it (« Complément » / "Addition").</summary>
    public static string Label(ContentLanguage language) => MethodologyCatalog.Load().For(language).Label("content.addition");

    /// <summary>One line, once per card that shows additions, saying what the label means.</summary>
    public static TextBlock Legend(ContentLanguage language) => Subtle(T(language,
        "« Complément » : ce point ne figure pas dans la méthode ; TicBot l’ajoute pour la raison indiquée.",
        "“Addition”: this point is not in the method; TicBot adds it for the reason given."));

    /// <summary>A note beyond the seed, headed by the label.</summary>
    public static RichTextBlock Note(string note, ContentLanguage language) => Labelled(T(language, $"{Label(language)} :", $"{Label(language)}:"), note);

    /// <summary>The "why" of an item: its reason, marked as an addition's reason when it is one.</summary>
    public static string Why(string why, bool isAddition, ContentLanguage language) => isAddition
        ? T(language, $"Pourquoi (complément à la méthode) : {why}", $"Why (an addition to the method): {why}")
        : T(language, $"Pourquoi : {why}", $"Why: {why}");

    /// <summary>"5/9 de la méthode, 2/6 compléments"; the additions left out when the checklist has none.</summary>
    public static string Progress(ChecklistProgressView progress, ContentLanguage language)
    {
        var seed = DisplayFormat.Progress(progress.SeedTicked, progress.SeedTotal);
        if (progress.AdditionTotal == 0)
        {
            return T(language, $"{seed} de la méthode", $"{seed} from the method");
        }

        var added = DisplayFormat.Progress(progress.AdditionTicked, progress.AdditionTotal);
        var plural = progress.AdditionTotal > 1 ? "s" : string.Empty;
        return T(language, $"{seed} de la méthode, {added} complément{plural}", $"{seed} from the method, {added} addition{plural}");
    }
}
