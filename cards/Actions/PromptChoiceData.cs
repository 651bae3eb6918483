using System.Text.Json.Serialization;

namespace TicBot.Cards.Actions;

/// <summary>
/// <see cref="CardActionNames.PromptChoice"/>: a button of a question's choice card. <see cref="Choice"/> is the
/// option's number from 1, which the question's own recogniser reads like a typed "3" (so a stale or forged
/// number is checked against the options, never trusted).
/// </summary>
public sealed record PromptChoiceData([property: JsonPropertyName("choice")] string Choice) : CardActionData
{
    private protected override string Name => CardActionNames.PromptChoice;
}
