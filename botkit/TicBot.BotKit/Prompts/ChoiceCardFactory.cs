using TicBot.BotKit.Localization;
using TicBot.BotKit.Recognizers;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Prompts;

/// <summary>
/// Builds the card showing the options (botkit has no card builder). Its buttons should submit
/// <c>{"choice": "&lt;value&gt;"}</c> (<see cref="ChoicePrompt.SubmitValueKey"/>) or send the title as text.
/// </summary>
/// <param name="text">The question's text, if any.</param>
public delegate Attachment ChoiceCardFactory(string? text, IReadOnlyList<Choice> choices, UserLanguage language);
