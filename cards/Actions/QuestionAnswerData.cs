using System.Text.Json.Serialization;

namespace TicBot.Cards.Actions;

/// <summary>
/// <see cref="CardActionNames.QuestionAnswer"/>: the answer to the question a card asks. <see cref="Answer"/> is the
/// button's own answer (oui/non); a typed answer comes from the card's input of the same name, merged in by the client.
/// The question being asked reads and checks it, as it would a typed message.
/// </summary>
public sealed record QuestionAnswerData([property: JsonPropertyName("answer")] string? Answer = null) : CardActionData
{
    private protected override string Name => CardActionNames.QuestionAnswer;

    /// <summary>The id of the card's input: the key of the typed answer in the submitted data.</summary>
    public const string InputId = "answer";
}
