using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Prompts;

/// <summary>
/// A dialog that asks one question and returns a typed answer: it recognises the reply, runs the caller's
/// validator, asks again (with the reason) when needed, and gives up politely after
/// <see cref="PromptOptions.MaxAttempts"/> answers, ending with <see cref="DialogReason.MaxAttemptsReached"/>.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    /// <summary>The field of a card submit that carries a typed answer (the id of the card's input).</summary>
    public const string AnswerKey = "answer";

    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";
    private const string QuestionKey = "question";
    private readonly PromptValidator<T>? _validator;

    protected Prompt(string id, PromptValidator<T>? validator) : base(id) => _validator = validator;

    /// <summary>How the answer is stored as the dialog's result.</summary>
    protected abstract JsonTypeInfo<T> ResultTypeInfo { get; }

    /// <summary>
    /// The card asking the question in group chats and channels, where the bot receives only messages that mention
    /// it: the answer is typed in the card's input (or clicked) and submitted with the card. Null (default): the
    /// question is asked as text everywhere. Personal chats always get the question as text.
    /// </summary>
    public AnswerCardFactory? AnswerCard { get; init; }

    /// <summary>What the answer card asks for.</summary>
    protected virtual AnswerKind Kind => AnswerKind.Text;

    public sealed override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = DialogJson.Read(options, DialogsJsonContext.Default.PromptOptions) ?? new PromptOptions();
        var instance = dc.ActiveDialog!;
        DialogJson.WriteState(instance, OptionsKey, promptOptions, DialogsJsonContext.Default.PromptOptions);
        DialogJson.WriteState(instance, AttemptsKey, 0, DialogsJsonContext.Default.Int32);
        DialogJson.WriteState(instance, QuestionKey, QuestionStamp.NewId(), DialogsJsonContext.Default.String);
        await OnPromptAsync(dc.Context, instance, promptOptions, dc.Language, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    public sealed override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!IsAnswer(dc.Context.Activity))
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        if (!AnswersThisQuestion(dc.Context.Activity, instance))
        {
            await OnStaleAnswerAsync(dc.Context, dc.Language, cancellationToken);
            return EndOfTurn;
        }

        var options = ReadOptions(instance);
        var attempts = DialogJson.ReadState(instance, AttemptsKey, DialogsJsonContext.Default.Int32) + 1;
        DialogJson.WriteState(instance, AttemptsKey, attempts, DialogsJsonContext.Default.Int32);

        var language = dc.Language;
        var recognized = await OnRecognizeAsync(dc.Context, instance, options, language, cancellationToken);
        var retryMessage = recognized.Error;
        if (recognized.Succeeded)
        {
            if (_validator is null)
            {
                return await OnAcceptedAsync(dc, recognized.Value!, cancellationToken);
            }

            var validation = new PromptValidatorContext<T>(dc.Context, recognized, options, attempts, language);
            if (await _validator(validation, cancellationToken))
            {
                return await OnAcceptedAsync(dc, recognized.Value!, cancellationToken);
            }

            retryMessage = validation.RetryMessage;
        }

        if (attempts >= Math.Max(1, options.MaxAttempts))
        {
            await dc.Context.SendActivityAsync(options.GiveUpMessage ?? ActivityExtensions.CreateMessage(PromptMessages.GiveUp.For(language)), cancellationToken);
            return await dc.EndDialogAsync(null, DialogReason.MaxAttemptsReached, cancellationToken);
        }

        await OnRetryAsync(dc.Context, instance, options, language, retryMessage, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        var language = DialogContext.ResolveLanguage(turnContext);
        await OnPromptAsync(turnContext, instance, ReadOptions(instance), language, isRetry: false, cancellationToken);
    }

    public override Activity? GetHelp(DialogInstance instance) => ReadOptions(instance).Help;

    /// <summary>
    /// Sends the question (or, with <paramref name="isRetry"/>, the retry prompt): as text, or in group chats and
    /// channels as the <see cref="AnswerCard"/> when there is one.
    /// </summary>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, DialogInstance instance, PromptOptions options, UserLanguage language, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (source is null)
        {
            return;
        }

        var activity = Copy(source);
        if (AnswerCard is not null && activity.Attachments is not { Count: > 0 } && !turnContext.Activity.IsPersonalConversation())
        {
            activity.Attachments = [AnswerCard(activity.Text, Kind, language)];
            activity.Text = null;
            activity.SuggestedActions = null;
        }

        await SendQuestionAsync(turnContext, instance, activity, cancellationToken);
    }

    /// <summary>Sends an activity that asks this question, its cards stamped with the question's id.</summary>
    protected static Task SendQuestionAsync(ITurnContext turnContext, DialogInstance instance, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activity);
        Stamp(instance, activity.Attachments);
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>Writes the question's id into the actions of <paramref name="attachments"/> (see <see cref="QuestionStamp"/>).</summary>
    protected static void Stamp(DialogInstance instance, IEnumerable<Attachment>? attachments)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (QuestionIdOf(instance) is not { } questionId)
        {
            return;
        }

        foreach (var attachment in attachments ?? [])
        {
            QuestionStamp.Apply(attachment, questionId);
        }
    }

    /// <summary>The id of the question this prompt asks; null for a prompt begun before questions had one.</summary>
    protected static string? QuestionIdOf(DialogInstance instance)
        => DialogJson.ReadState(instance ?? throw new ArgumentNullException(nameof(instance)), QuestionKey, DialogsJsonContext.Default.String);

    /// <summary>
    /// The text of the answer: what was typed, or the <see cref="AnswerKey"/> field of a card submit.
    /// <value>Null when the activity carries neither.</value>
    /// </summary>
    protected static string? AnswerText(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            return activity.Text;
        }

        // Input.Number travels as a string in Teams, as a number in some clients.
        return QuestionStamp.CardData(activity) is { } data && data.TryGetProperty(AnswerKey, out var answer)
            ? answer.ValueKind switch
            {
                JsonValueKind.String => answer.GetString(),
                JsonValueKind.Number => answer.GetRawText(),
                _ => null,
            }
            : null;
    }

    /// <summary>
    /// Said when a card answers another question than this one (an older question's buttons, or a question asked
    /// to someone else): nothing is changed and the attempt is not counted. An Action.Execute gets it as its answer.
    /// </summary>
    protected virtual Task OnStaleAnswerAsync(ITurnContext turnContext, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = PromptMessages.StaleQuestion.For(language);
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            turnContext.SetInvokeResponse(InvokeResponses.Message(text));
            return Task.CompletedTask;
        }

        return turnContext.SendActivityAsync(text, cancellationToken);
    }

    /// <summary>
    /// Typed answers always answer the question being asked; a card's answer must carry this question's id (cards of
    /// questions asked before ids existed carry none and are accepted only by such questions).
    /// </summary>
    private static bool AnswersThisQuestion(Activity activity, DialogInstance instance)
        => !QuestionStamp.IsCardAnswer(activity) || QuestionIdOf(instance) is not { } asked
           || string.Equals(QuestionStamp.Of(activity), asked, StringComparison.Ordinal);

    /// <summary>Says why the answer was refused (when known), then asks again.</summary>
    protected virtual async Task OnRetryAsync(ITurnContext turnContext, DialogInstance instance, PromptOptions options, UserLanguage language, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!string.IsNullOrEmpty(reason))
        {
            await turnContext.SendActivityAsync(reason, cancellationToken);
        }

        await OnPromptAsync(turnContext, instance, options, language, isRetry: true, cancellationToken);
    }

    /// <summary>Reads the answer from the turn's activity.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, DialogInstance instance, PromptOptions options, UserLanguage language, CancellationToken cancellationToken);

    /// <summary>True for the activities that answer this prompt; others are ignored. Default: messages.</summary>
    protected virtual bool IsAnswer(Activity activity) => activity?.Type == ActivityTypes.Message;

    /// <summary>Ends the prompt with the accepted value.</summary>
    protected virtual Task<DialogTurnResult> OnAcceptedAsync(DialogContext dc, T value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(value, ResultTypeInfo, cancellationToken);
    }

    /// <summary>A fresh copy, so that the adapter's changes to a sent activity never reach the stored options.</summary>
    protected static Activity Copy(Activity activity)
        => JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(activity, BotKitJsonContext.Default.Activity), BotKitJsonContext.Default.Activity)!;

    private static PromptOptions ReadOptions(DialogInstance instance)
        => DialogJson.ReadState(instance, OptionsKey, DialogsJsonContext.Default.PromptOptions)
           ?? throw new DialogStateException($"The prompt '{instance.Id}' has lost its options.");
}
