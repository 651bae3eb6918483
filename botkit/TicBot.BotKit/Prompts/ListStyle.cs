namespace TicBot.BotKit.Prompts;

/// <summary>How a <see cref="ChoicePrompt"/> shows its options.</summary>
public enum ListStyle
{
    /// <summary>
    /// Suggested actions in a personal chat with three options or fewer; otherwise the caller's card
    /// (<see cref="ChoicePrompt.CardFactory"/>) when there is one, else a numbered list.
    /// </summary>
    Auto,
    SuggestedActions,
    Card,
    List,

    /// <summary>The question is sent as it is.</summary>
    None,
}
