using System.Text.Json.Serialization.Metadata;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Localization;

namespace TicBot.BotKit.Prompts;

/// <summary>Asks for free text, trimmed, within length limits.</summary>
public sealed class TextPrompt : Prompt<string>
{
    public TextPrompt(string id, PromptValidator<string>? validator = null) : base(id, validator) { }

    /// <summary>The fewest characters accepted after trimming. Default 1 (an empty answer is refused).</summary>
    public int MinLength { get; init; } = 1;

    /// <summary>The most characters accepted after trimming. Default 2,000.</summary>
    public int MaxLength { get; init; } = 2000;

    protected override JsonTypeInfo<string> ResultTypeInfo => DialogsJsonContext.Default.String;

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, DialogInstance instance, PromptOptions options, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = (AnswerText(turnContext.Activity) ?? string.Empty).Trim();
        var result = text.Length < MinLength
            ? PromptRecognizerResult<string>.Failure(text.Length == 0 ? null : PromptMessages.TextTooShort.Format(language, MinLength))
            : text.Length > MaxLength
                ? PromptRecognizerResult<string>.Failure(PromptMessages.TextTooLong.Format(language, MaxLength))
                : PromptRecognizerResult<string>.Success(text);
        return Task.FromResult(result);
    }
}
