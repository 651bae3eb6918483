using System.Text.Json.Serialization.Metadata;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Recognizers;

namespace TicBot.BotKit.Prompts;

/// <summary>
/// Asks for a number written the French or English way (<see cref="NumberRecognizer"/>) and returns it as a
/// <see cref="decimal"/>, within the limits set here.
/// </summary>
public sealed class NumberPrompt : Prompt<decimal>
{
    private readonly IDisplayFormatter _formatter;

    /// <param name="formatter">Writes <see cref="Minimum"/> and <see cref="Maximum"/> in the retry messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="formatter"/> is null.</exception>
    public NumberPrompt(string id, IDisplayFormatter formatter, PromptValidator<decimal>? validator = null) : base(id, validator)
        => _formatter = formatter ?? throw new ArgumentNullException(nameof(formatter));

    /// <summary>Whether negative numbers are accepted. Default true.</summary>
    public bool AllowNegative { get; init; } = true;

    /// <summary>Whether only whole numbers are accepted. Default false.</summary>
    public bool IntegerOnly { get; init; }

    /// <summary>The smallest value accepted; none by default.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>The largest value accepted; none by default.</summary>
    public decimal? Maximum { get; init; }

    protected override JsonTypeInfo<decimal> ResultTypeInfo => DialogsJsonContext.Default.Decimal;

    protected override AnswerKind Kind => AnswerKind.Number;

    protected override Task<PromptRecognizerResult<decimal>> OnRecognizeAsync(ITurnContext turnContext, DialogInstance instance, PromptOptions options, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return Task.FromResult(Recognize(AnswerText(turnContext.Activity), language));
    }

    internal PromptRecognizerResult<decimal> Recognize(string? text, UserLanguage language)
    {
        if (!NumberRecognizer.TryRecognize(text, language, out var value))
        {
            return PromptRecognizerResult<decimal>.Failure(PromptMessages.NotANumber.For(language));
        }

        string? error = null;
        if (!AllowNegative && value < 0)
        {
            error = PromptMessages.NumberNegative.For(language);
        }
        else if (IntegerOnly && value != decimal.Truncate(value))
        {
            error = PromptMessages.NumberNotInteger.For(language);
        }
        else if (Minimum is { } min && value < min)
        {
            error = PromptMessages.NumberTooSmall.Format(language, _formatter.Number(min, language));
        }
        else if (Maximum is { } max && value > max)
        {
            error = PromptMessages.NumberTooLarge.Format(language, _formatter.Number(max, language));
        }

        return error is null ? PromptRecognizerResult<decimal>.Success(value) : PromptRecognizerResult<decimal>.Failure(error);
    }
}
