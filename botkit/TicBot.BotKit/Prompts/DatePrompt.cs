using System.Text.Json.Serialization.Metadata;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Recognizers;

namespace TicBot.BotKit.Prompts;

/// <summary>
/// Asks for a date (<see cref="DateRecognizer"/>); relative answers ("demain", "dans 3 mois") count from
/// today in the user's time zone (<see cref="UserClock"/>), read from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class DatePrompt : Prompt<RecognizedDate>
{
    private readonly TimeProvider _timeProvider;
    private readonly IDisplayFormatter _formatter;

    /// <param name="formatter">Writes <see cref="Earliest"/> and <see cref="Latest"/> in the retry messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> or <paramref name="formatter"/> is null.</exception>
    public DatePrompt(string id, TimeProvider timeProvider, IDisplayFormatter formatter, PromptValidator<RecognizedDate>? validator = null) : base(id, validator)
    {
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _formatter = formatter ?? throw new ArgumentNullException(nameof(formatter));
    }

    /// <summary>Whether a month alone (<c>mars 2027</c>) is accepted. Default true.</summary>
    public bool AllowMonthOnly { get; init; } = true;

    /// <summary>The earliest date accepted; none by default.</summary>
    public DateOnly? Earliest { get; init; }

    /// <summary>The latest date accepted; none by default.</summary>
    public DateOnly? Latest { get; init; }

    protected override JsonTypeInfo<RecognizedDate> ResultTypeInfo => DialogsJsonContext.Default.RecognizedDate;

    protected override AnswerKind Kind => AnswerKind.Date;

    protected override Task<PromptRecognizerResult<RecognizedDate>> OnRecognizeAsync(ITurnContext turnContext, DialogInstance instance, PromptOptions options, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var today = UserClock.Today(_timeProvider, turnContext.Activity);
        var date = DateRecognizer.Recognize(AnswerText(turnContext.Activity), today, language);
        string? error = date switch
        {
            null => PromptMessages.NotADate.For(language),
            { Precision: DatePrecision.Month } when !AllowMonthOnly => PromptMessages.DateNeedsDay.For(language),
            _ when Earliest is { } earliest && date.Date < earliest => PromptMessages.DateTooEarly.Format(language, _formatter.Date(earliest, language)),
            _ when Latest is { } latest && date.Date > latest => PromptMessages.DateTooLate.Format(language, _formatter.Date(latest, language)),
            _ => null,
        };
        return Task.FromResult(error is null ? PromptRecognizerResult<RecognizedDate>.Success(date!) : PromptRecognizerResult<RecognizedDate>.Failure(error));
    }
}
