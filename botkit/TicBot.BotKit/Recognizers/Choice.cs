namespace TicBot.BotKit.Recognizers;

/// <summary>One option of a choice prompt.</summary>
public sealed class Choice
{
    /// <summary>The title shown on the button, and the value returned when it is chosen.</summary>
    public required string Value { get; init; }

    /// <summary>Other words that choose it (<c>"budget"</c> for <c>"Étude financière"</c>). None by default.</summary>
    public IReadOnlyList<string>? Synonyms { get; init; }
}
