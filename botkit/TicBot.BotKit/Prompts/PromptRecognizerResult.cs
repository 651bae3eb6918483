namespace TicBot.BotKit.Prompts;

/// <summary>What a prompt understood of an answer.</summary>
/// <param name="Succeeded">True when a value was recognised.</param>
/// <param name="Value">The value; default when not recognised.</param>
/// <param name="Error">Why the answer was refused, in the user's language; said before the retry prompt.</param>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value, string? Error = null)
{
    public static PromptRecognizerResult<T> Success(T value) => new(true, value);

    public static PromptRecognizerResult<T> Failure(string? error) => new(false, default, error);
}
