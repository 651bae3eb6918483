using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Prompts;

/// <summary>
/// Shows an Adaptive Card form and waits for its submit: a <c>message</c> whose <c>value</c> holds the inputs
/// (Action.Submit) or an <c>invoke</c> named <c>adaptiveCard/action</c> (Action.Execute). Every field is
/// checked by the caller's <see cref="FormValidator"/>; with errors, the card is shown again with the
/// errors beside the fields — as a new message, or in place through the invoke response. Returns the data.
/// </summary>
public sealed partial class FormPrompt : Prompt<JsonElement>
{
    /// <summary>The invoke name of Action.Execute.</summary>
    public const string AdaptiveCardActionName = "adaptiveCard/action";

    private const string ValuesKey = "lastValues";
    private const string ErrorsKey = "errors";
    private readonly FormCardFactory _cardFactory;
    private readonly FormValidator _validator;

    public FormPrompt(string id, FormCardFactory cardFactory, FormValidator validator) : base(id, null)
    {
        _cardFactory = cardFactory ?? throw new ArgumentNullException(nameof(cardFactory));
        _validator = validator ?? throw new ArgumentNullException(nameof(validator));
    }

    protected override JsonTypeInfo<JsonElement> ResultTypeInfo => DialogsJsonContext.Default.JsonElement;

    protected override bool IsAnswer(Activity activity)
        => activity?.Type == ActivityTypes.Message || IsExecute(activity);

    protected override async Task OnPromptAsync(ITurnContext turnContext, DialogInstance instance, PromptOptions options, UserLanguage language, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(instance);
        var activity = options.Prompt is null ? ActivityExtensions.CreateMessage() : Copy(options.Prompt);
        activity.Attachments = [_cardFactory(null, new Dictionary<string, string>(), language)];
        await SendQuestionAsync(turnContext, instance, activity, cancellationToken);
    }

    protected override async Task<PromptRecognizerResult<JsonElement>> OnRecognizeAsync(ITurnContext turnContext, DialogInstance instance, PromptOptions options, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        instance.State.Remove(ValuesKey);
        instance.State.Remove(ErrorsKey);
        // Whatever happens next, Teams must get an answer to its invoke; "received" waits until the form is accepted.
        var execute = IsExecute(turnContext.Activity);
        if (SubmittedData(turnContext.Activity) is not { } data)
        {
            if (execute)
            {
                turnContext.SetInvokeResponse(MessageResponse(PromptMessages.FillTheForm.For(language)));
            }

            return PromptRecognizerResult<JsonElement>.Failure(PromptMessages.FillTheForm.For(language));
        }

        if (execute)
        {
            turnContext.SetInvokeResponse(MessageResponse(PromptMessages.FormHasErrors.For(language)));
        }

        var errors = await _validator(data, language, cancellationToken) ?? new Dictionary<string, string>();
        if (errors.Count == 0)
        {
            return PromptRecognizerResult<JsonElement>.Success(QuestionStamp.Without(data));
        }

        instance.State[ValuesKey] = data.Clone();
        DialogJson.WriteState(instance, ErrorsKey, new Dictionary<string, string>(errors, StringComparer.Ordinal), DialogsJsonContext.Default.DictionaryStringString);
        return PromptRecognizerResult<JsonElement>.Failure(PromptMessages.FormHasErrors.For(language));
    }

    /// <summary>Acknowledges an Action.Execute only now that its form was checked and accepted.</summary>
    protected override Task<DialogTurnResult> OnAcceptedAsync(DialogContext dc, JsonElement value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (IsExecute(dc.Context.Activity))
        {
            dc.Context.SetInvokeResponse(MessageResponse(PromptMessages.FormReceived.For(dc.Language)));
        }

        return base.OnAcceptedAsync(dc, value, cancellationToken);
    }

    protected override async Task OnRetryAsync(ITurnContext turnContext, DialogInstance instance, PromptOptions options, UserLanguage language, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        var errors = DialogJson.ReadState(instance, ErrorsKey, DialogsJsonContext.Default.DictionaryStringString);
        if (errors is null)
        {
            // A typed message instead of a submit: point at the card already shown.
            await turnContext.SendActivityAsync(reason ?? PromptMessages.FillTheForm.For(language), cancellationToken);
            return;
        }

        var values = instance.State.TryGetValue(ValuesKey, out var v) ? v : (JsonElement?)null;
        var card = _cardFactory(values, errors, language);
        Stamp(instance, [card]);
        if (IsExecute(turnContext.Activity))
        {
            turnContext.SetInvokeResponse(CardResponse(card));
            return;
        }

        var activity = ActivityExtensions.CreateMessage(reason);
        activity.Attachments = [card];
        await turnContext.SendActivityAsync(activity, cancellationToken);
    }
}
