using TicBot.Cards.Actions;

namespace TicBot.Cards.Model;

/// <summary>
/// Universal Action (needs 1.4): an <c>invoke</c> named <c>adaptiveCard/action</c> whose answer replaces the
/// card in place. <see cref="Fallback"/> is what clients without Universal Actions render instead.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb) : AdaptiveAction(Title)
{
    /// <summary>Merged with the card's inputs by the client.</summary>
    public CardActionData? Data { get; init; }

    /// <summary>Usually an Action.Submit with the same data (the property needs 1.2).</summary>
    public AdaptiveAction? Fallback { get; init; }

    /// <summary>The Teams pattern: Execute with <paramref name="data"/>, falling back to Submit with the same data.</summary>
    public static ExecuteAction WithSubmitFallback(string title, CardActionData data, ActionStyle? style = null)
        => new(title, data.Action)
        {
            Data = data,
            Style = style,
            Fallback = new SubmitAction(title) { Data = data, Style = style },
        };
}
