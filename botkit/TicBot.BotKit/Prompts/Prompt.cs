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
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";
    private readonly PromptValidator<T>? _validator;

    protected Prompt(string id, PromptValidator<T>? validator) : base(id) => _validator = validator;

    /// <summary>How the answer is stored as the dialog's result.</summary>
    protected abstract JsonTypeInfo<T> ResultTypeInfo { get; }

    public sealed override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = DialogJson.Read(options, DialogsJsonContext.Default.PromptOptions) ?? new PromptOptions();
        var instance = dc.ActiveDialog!;
        DialogJson.WriteState(instance, OptionsKey, promptOptions, DialogsJsonContext.Default.PromptOptions);
        DialogJson.WriteState(instance, AttemptsKey, 0, DialogsJsonContext.Default.Int32);
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

    /// <summary>Sends the question (or, with <paramref name="isRetry"/>, the retry prompt).</summary>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, DialogInstance instance, PromptOptions options, UserLanguage language, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is not null)
        {
            await turnContext.SendActivityAsync(Copy(activity), cancellationToken);
        }
    }

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
