using TicBot.BotKit.Builder;
using TicBot.BotKit.Localization;

namespace TicBot.BotKit.Prompts;

/// <summary>What a <see cref="PromptValidator{T}"/> sees.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount, UserLanguage language)
    {
        Context = context;
        Recognized = recognized;
        Options = options;
        AttemptCount = attemptCount;
        Language = language;
    }

    public ITurnContext Context { get; }

    /// <summary>What the prompt understood; validators run only when it succeeded.</summary>
    public PromptRecognizerResult<T> Recognized { get; }

    public PromptOptions Options { get; }

    /// <summary>The number of answers so far, this one included (from 1).</summary>
    public int AttemptCount { get; }

    public UserLanguage Language { get; }

    /// <summary>Said before the retry prompt when the validator refuses the answer; null for none.</summary>
    public string? RetryMessage { get; set; }
}
