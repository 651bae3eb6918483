using System.Text.Json.Serialization.Metadata;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Recognizers;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Prompts;

/// <summary>
/// Asks a yes/no question (<see cref="ConfirmRecognizer"/>). In personal chats the question carries
/// "Oui"/"Non" suggested actions, unless it already has some.
/// </summary>
public sealed class ConfirmPrompt : Prompt<bool>
{
    public ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : base(id, validator) { }

    protected override JsonTypeInfo<bool> ResultTypeInfo => DialogsJsonContext.Default.Boolean;

    protected override AnswerKind Kind => AnswerKind.YesNo;

    protected override async Task OnPromptAsync(ITurnContext turnContext, DialogInstance instance, PromptOptions options, UserLanguage language, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (source is null || !ChoiceRendering.IsPersonal(turnContext.Activity))
        {
            // Group chats and channels: the answer card's buttons, when there is one.
            await base.OnPromptAsync(turnContext, instance, options, language, isRetry, cancellationToken);
            return;
        }

        var activity = Copy(source);
        activity.SuggestedActions ??= ChoiceRendering.SuggestedActions([PromptMessages.Yes.For(language), PromptMessages.No.For(language)]);
        await SendQuestionAsync(turnContext, instance, activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, DialogInstance instance, PromptOptions options, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var answer = ConfirmRecognizer.Recognize(AnswerText(turnContext.Activity));
        return Task.FromResult(answer is { } value
            ? PromptRecognizerResult<bool>.Success(value)
            : PromptRecognizerResult<bool>.Failure(PromptMessages.NotAYesNo.For(language)));
    }
}
