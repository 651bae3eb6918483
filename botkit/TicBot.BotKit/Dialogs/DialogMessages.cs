using TicBot.BotKit.Localization;

namespace TicBot.BotKit.Dialogs;

/// <summary>What the dialog engine itself says.</summary>
public static class DialogMessages
{
    /// <summary>Said when the stored conversation could not be resumed (after an upgrade, or damaged state).</summary>
    public static readonly LocalizedText StackReset = new(
        "Désolé, je n’ai pas pu reprendre notre échange là où nous l’avions laissé (l’application a peut-être été mise à jour). Reprenons depuis le début ; vos données de projet ne sont pas touchées.",
        "Sorry, I could not resume our conversation where we left it (the application may have been updated). Let us start again; your project data is untouched.");
}
