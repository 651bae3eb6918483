using TicBot.BotKit.Localization;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Prompts;

/// <summary>
/// Builds the card that asks a text, number, date or yes/no question in a group chat or a channel (botkit has no
/// card builder). Its input's id is <see cref="Prompt{T}.AnswerKey"/>; its submit buttons send the card's data
/// (a yes/no card's buttons carry <c>{"answer": "oui"}</c> or <c>{"answer": "non"}</c>). The prompt stamps the
/// question's id into every action (<see cref="QuestionStamp"/>).
/// </summary>
/// <param name="text">The question.</param>
public delegate Attachment AnswerCardFactory(string? text, AnswerKind kind, UserLanguage language);

/// <summary>What an answer card asks for.</summary>
public enum AnswerKind
{
    Text,
    Number,
    Date,
    YesNo,
}
