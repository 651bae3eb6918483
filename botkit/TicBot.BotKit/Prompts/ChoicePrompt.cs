using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Recognizers;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, answered by number, title, synonym or
/// a close spelling (<see cref="ChoiceRecognizer"/>), or by a card button. An answer fitting several
/// options is asked again, naming them. Returns a <see cref="FoundChoice"/>.
/// </summary>
public sealed class ChoicePrompt : Prompt<FoundChoice>
{
    /// <summary>The field of a card submit that carries the chosen value.</summary>
    public const string SubmitValueKey = "choice";

    public ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : base(id, validator) { }

    /// <summary>How the options are shown. Default <see cref="ListStyle.Auto"/>.</summary>
    public ListStyle Style { get; init; } = ListStyle.Auto;

    /// <summary>The caller's card for the options; used by <see cref="ListStyle.Card"/> and <see cref="ListStyle.Auto"/>.</summary>
    public ChoiceCardFactory? CardFactory { get; init; }

    protected override JsonTypeInfo<FoundChoice> ResultTypeInfo => DialogsJsonContext.Default.FoundChoice;

    protected override async Task OnPromptAsync(ITurnContext turnContext, DialogInstance instance, PromptOptions options, UserLanguage language, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var activity = source is null ? ActivityExtensions.CreateMessage() : Copy(source);
        var choices = options.Choices ?? [];
        if (activity.Attachments is not { Count: > 0 } && activity.SuggestedActions is null)
        {
            Render(activity, choices, ResolveStyle(turnContext.Activity, choices), language);
        }

        await SendQuestionAsync(turnContext, instance, activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, DialogInstance instance, PromptOptions options, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var recognition = ChoiceRecognizer.Recognize(ChoiceText(turnContext.Activity), options.Choices ?? []);
        if (recognition.Match is { } match)
        {
            return Task.FromResult(PromptRecognizerResult<FoundChoice>.Success(match));
        }

        var error = recognition.IsAmbiguous
            ? PromptMessages.AmbiguousChoice.Format(language, string.Join(PromptMessages.Or.For(language), recognition.Candidates.Select(c => $"« {c.Value} »")))
            : PromptMessages.NotAChoice.For(language);
        return Task.FromResult(PromptRecognizerResult<FoundChoice>.Failure(error));
    }

    private static string? ChoiceText(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            return activity.Text;
        }

        return QuestionStamp.CardData(activity) is { } value
               && value.TryGetProperty(SubmitValueKey, out var choice) && choice.ValueKind == JsonValueKind.String
            ? choice.GetString()
            : null;
    }

    private ListStyle ResolveStyle(Activity inbound, IReadOnlyList<Choice> choices)
    {
        if (Style != ListStyle.Auto)
        {
            return Style == ListStyle.Card && CardFactory is null ? ListStyle.List : Style;
        }

        if (ChoiceRendering.IsPersonal(inbound) && choices.Count <= ChoiceRendering.MaxSuggestedActions)
        {
            return ListStyle.SuggestedActions;
        }

        return CardFactory is null ? ListStyle.List : ListStyle.Card;
    }

    private void Render(Activity activity, IReadOnlyList<Choice> choices, ListStyle style, UserLanguage language)
    {
        switch (style)
        {
            case ListStyle.SuggestedActions:
                activity.SuggestedActions = ChoiceRendering.SuggestedActions(choices.Select(c => c.Value));
                break;
            case ListStyle.Card:
                activity.Attachments = [CardFactory!(activity.Text, choices, language)];
                activity.Text = null;
                break;
            case ListStyle.List:
                activity.Text = ChoiceRendering.AppendList(activity.Text, choices);
                break;
        }
    }
}
