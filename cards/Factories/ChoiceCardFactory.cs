using System.Globalization;
using TicBot.Cards.Actions;
using TicBot.Cards.Model;
using TicBot.Cards.Validation;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// A question with one button per option, for chats where suggested actions do not show (group chats,
/// channels) or when there are too many options for them. Each button answers with the option's number.
/// </summary>
public static class ChoiceCardFactory
{
    /// <param name="question">The question, as asked in text.</param>
    /// <param name="options">The options' titles, in order.</param>
    public static AdaptiveCard Create(string question, IReadOnlyList<string> options, ContentLanguage language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        ArgumentNullException.ThrowIfNull(options);
        List<AdaptiveElement> body = [Paragraph(question)];
        // Teams shows at most six buttons in a set: longer lists take several sets, in order.
        var number = 0;
        foreach (var chunk in options.Chunk(CardValidator.MaxActions))
        {
            body.Add(new ActionSet([.. chunk.Select(title =>
            {
                number++;
                return (AdaptiveAction)new SubmitAction(title) { Data = new PromptChoiceData(number.ToString(CultureInfo.InvariantCulture)) };
            })]));
        }

        return Card(language, question, body);
    }
}
