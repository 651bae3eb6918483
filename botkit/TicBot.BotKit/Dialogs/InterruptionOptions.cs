using TicBot.BotKit.Localization;
using TicBot.BotKit.Recognizers;

namespace TicBot.BotKit.Dialogs;

/// <summary>
/// The words that interrupt any question of an <see cref="InterruptibleDialog"/>, and what is said then.
/// A message interrupts only when it is exactly one of the words, ignoring case, accents and punctuation
/// ("Aide !" does, "j'ai besoin d'une aide financière" does not).
/// </summary>
public sealed class InterruptionOptions
{
    /// <summary>Show the current question's help, then ask it again. Default: aide, help, au secours.</summary>
    public IReadOnlyCollection<string> HelpWords { get; init; } = ["aide", "help", "au secours", "a l aide"];

    /// <summary>End the current dialog (after a confirmation when answers would be lost).</summary>
    public IReadOnlyCollection<string> CancelWords { get; init; } = ["annuler", "annule", "annulez", "abandonner", "cancel", "stop", "quit"];

    /// <summary>Cancel everything and start the root dialog again.</summary>
    public IReadOnlyCollection<string> MenuWords { get; init; } = ["menu", "menu principal", "retour au menu", "main menu", "accueil"];

    /// <summary>Ask before cancelling a dialog in which the user already answered something. Default true.</summary>
    public bool ConfirmCancel { get; init; } = true;

    /// <summary>The dialog "menu" starts; null (default) restarts the dialog at the bottom of the root stack.</summary>
    public string? MenuDialogId { get; init; }

    public LocalizedText ConfirmCancelQuestion { get; init; } = new(
        "Voulez-vous vraiment abandonner ? Les réponses saisies dans cette étape seront perdues.",
        "Do you really want to stop? The answers given in this step will be lost.");

    public LocalizedText Cancelled { get; init; } = new("C'est annulé.", "Cancelled.");

    public LocalizedText CancelDeclined { get; init; } = new("Très bien, reprenons.", "Fine, let us carry on.");

    public LocalizedText BackToMenu { get; init; } = new("Retour au menu principal.", "Back to the main menu.");

    internal bool IsHelp(string folded) => Matches(HelpWords, folded);

    internal bool IsCancel(string folded) => Matches(CancelWords, folded);

    internal bool IsMenu(string folded) => Matches(MenuWords, folded);

    private static bool Matches(IReadOnlyCollection<string> words, string folded)
        => folded.Length > 0 && words.Any(w => string.Equals(TextNormalizer.Fold(w), folded, StringComparison.Ordinal));
}
