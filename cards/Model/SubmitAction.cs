using TicBot.Cards.Actions;

namespace TicBot.Cards.Model;

/// <summary>
/// Sends <see cref="Data"/> merged with the card's inputs as a <c>message</c> activity whose <c>value</c> is
/// that object and whose <c>replyToId</c> names the card's message.
/// </summary>
public sealed record SubmitAction(string Title) : AdaptiveAction(Title)
{
    public CardActionData? Data { get; init; }
}
