using TicBot.BotKit.Localization;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Recognizers;
using TicBot.BotKit.Schema;
using TicBot.Cards.Factories;

namespace TicBot.Dialogs.Cards;

/// <summary>
/// How the conversations' questions look where typed answers do not reach the bot (group chats and channels deliver
/// only messages that mention it): every question is a card, answered with its buttons or its input.
/// </summary>
public static class QuestionCards
{
    /// <summary>For <see cref="Prompt{T}.AnswerCard"/>: a text, number, date or oui/non question as a card.</summary>
    public static Attachment Answer(string? text, AnswerKind kind, UserLanguage language)
        => CardMessages.ToAttachment(QuestionCardFactory.Create(text ?? string.Empty, kind switch
        {
            AnswerKind.Number => QuestionInput.Number,
            AnswerKind.Date => QuestionInput.Date,
            AnswerKind.YesNo => QuestionInput.YesNo,
            _ => QuestionInput.Text,
        }, language.ToContent()));

    /// <summary>For <see cref="ChoicePrompt.CardFactory"/>: one button per option.</summary>
    public static Attachment Choice(string? text, IReadOnlyList<BotKit.Recognizers.Choice> choices, UserLanguage language)
        => CardMessages.ToAttachment(TicBot.Cards.Factories.ChoiceCardFactory.Create(text ?? string.Empty, [.. choices.Select(c => c.Value)], language.ToContent()));
}
