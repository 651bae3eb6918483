using TicBot.Cards.Actions;
using TicBot.Cards.Model;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// A question asked in a group chat or a channel, where the bot only receives messages that mention it: the answer
/// is typed in the card's input (or clicked, for oui/non) and sent with the card's button. The answer travels in
/// <c>answer</c> (<see cref="QuestionAnswerData.InputId"/>), checked by the question as a typed one would be.
/// </summary>
public static class QuestionCardFactory
{
    /// <param name="question">The question, as it would be asked in text.</param>
    /// <param name="maxLength">The longest answer accepted (text inputs).</param>
    public static AdaptiveCard Create(string question, QuestionInput input, ContentLanguage language, int? maxLength = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        List<AdaptiveElement> body = [Paragraph(question)];
        if (input == QuestionInput.YesNo)
        {
            body.Add(new ActionSet(
            [
                new SubmitAction(T(language, "Oui", "Yes")) { Data = new QuestionAnswerData(T(language, "oui", "yes")), Style = ActionStyle.Positive },
                new SubmitAction(T(language, "Non", "No")) { Data = new QuestionAnswerData(T(language, "non", "no")) },
            ]));
            return Card(language, question, body);
        }

        var label = T(language, "Votre réponse", "Your answer");
        body.Add(input switch
        {
            QuestionInput.Number => new InputNumber(QuestionAnswerData.InputId, label) { IsRequired = true, ErrorMessage = T(language, "Indiquez un nombre.", "Please give a number.") },
            QuestionInput.Date => new InputDate(QuestionAnswerData.InputId, label) { IsRequired = true, ErrorMessage = T(language, "Indiquez une date.", "Please give a date.") },
            _ => new InputText(QuestionAnswerData.InputId, label)
            {
                IsMultiline = input == QuestionInput.LongText ? true : null,
                MaxLength = maxLength,
                IsRequired = true,
                ErrorMessage = T(language, "Une réponse est nécessaire.", "An answer is needed."),
            },
        });
        return Card(language, question, body, [new SubmitAction(T(language, "Répondre", "Answer")) { Data = new QuestionAnswerData(), Style = ActionStyle.Positive }]);
    }
}
