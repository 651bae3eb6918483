using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Recognizers;

namespace TicBot.BotKit.Dialogs;

/// <summary>
/// What a waterfall step sees: the turn, the dialog's typed options and values, the previous step's result,
/// and the means to go on (<see cref="NextAsync"/>, prompts, child dialogs, ending).
/// </summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly DialogInstance _instance;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, DialogInstance instance, int index, DialogReason reason, JsonElement? result)
    {
        _waterfall = waterfall;
        _instance = instance;
        DialogContext = dc;
        Index = index;
        Reason = reason;
        Result = result;
        Values = new DialogValues(DialogJson.ReadState(instance, WaterfallDialog.ValuesKey, DialogsJsonContext.Default.DictionaryStringJsonElement));
    }

    /// <summary>The dialog context, to begin child dialogs, prompt, end or replace.</summary>
    public DialogContext DialogContext { get; }

    public ITurnContext Context => DialogContext.Context;

    public UserLanguage Language => DialogContext.Language;

    /// <summary>The step's position, from 0.</summary>
    public int Index { get; }

    /// <summary>Why this step runs: begun, a child ended, a prompt ran out of attempts, a child was cancelled…</summary>
    public DialogReason Reason { get; }

    /// <value>True when the previous prompt gave up after its maximum number of attempts (its result is null).</value>
    public bool AttemptsExhausted => Reason == DialogReason.MaxAttemptsReached;

    /// <summary>The previous step's or child dialog's result, as JSON; null when none.</summary>
    public JsonElement? Result { get; }

    /// <summary>Values kept across the dialog's steps, persisted with the stack.</summary>
    public DialogValues Values { get; }

    /// <summary>The options the dialog was started with, as JSON; null when none.</summary>
    public JsonElement? Options => _instance.State.TryGetValue(WaterfallDialog.OptionsKey, out var options) ? options : null;

    /// <summary>The dialog's options read as <typeparamref name="T"/>; default when it was started without any.</summary>
    /// <exception cref="DialogStateException">The stored options are not a <typeparamref name="T"/>.</exception>
    public T? GetOptions<T>(JsonTypeInfo<T> typeInfo) => DialogJson.ReadState(_instance, WaterfallDialog.OptionsKey, typeInfo);

    /// <summary>The previous result read as <typeparamref name="T"/>; default when there is none.</summary>
    public T? GetResult<T>(JsonTypeInfo<T> typeInfo) => DialogJson.Read(Result, typeInfo);

    /// <summary>The text a <see cref="TextPrompt"/> returned.</summary>
    public string? ResultAsString() => GetResult(DialogsJsonContext.Default.String);

    /// <summary>The number a <see cref="NumberPrompt"/> returned; null when none.</summary>
    public decimal? ResultAsDecimal() => Result is null ? null : GetResult(DialogsJsonContext.Default.Decimal);

    /// <summary>The answer a <see cref="ConfirmPrompt"/> returned; null when none.</summary>
    public bool? ResultAsBool() => Result is null ? null : GetResult(DialogsJsonContext.Default.Boolean);

    /// <summary>The date a <see cref="DatePrompt"/> returned.</summary>
    public RecognizedDate? ResultAsDate() => GetResult(DialogsJsonContext.Default.RecognizedDate);

    /// <summary>The choice a <see cref="ChoicePrompt"/> returned.</summary>
    public FoundChoice? ResultAsChoice() => GetResult(DialogsJsonContext.Default.FoundChoice);

    /// <summary>Skips to the next step with <paramref name="result"/> as its <see cref="Result"/>.</summary>
    /// <exception cref="InvalidOperationException">Called twice in one step.</exception>
    public Task<DialogTurnResult> NextAsync(JsonElement? result, CancellationToken cancellationToken)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {_waterfall.GetStepName(Index)}.");
        }

        _nextCalled = true;
        SaveValues();
        return _waterfall.RunStepAsync(DialogContext, _instance, Index + 1, DialogReason.NextCalled, result, cancellationToken);
    }

    public Task<DialogTurnResult> NextAsync<T>(T result, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        => NextAsync(DialogJson.Write(result, typeInfo), cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken)
        => DialogContext.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonElement? options, CancellationToken cancellationToken)
        => DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync<TOptions>(string dialogId, TOptions options, JsonTypeInfo<TOptions> typeInfo, CancellationToken cancellationToken)
        => DialogContext.BeginDialogAsync(dialogId, options, typeInfo, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(JsonElement? result, CancellationToken cancellationToken)
        => DialogContext.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync<T>(T result, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        => DialogContext.EndDialogAsync(result, typeInfo, cancellationToken);

    internal void SaveValues()
    {
        if (Values.Changed)
        {
            DialogJson.WriteState(_instance, WaterfallDialog.ValuesKey, Values.Items, DialogsJsonContext.Default.DictionaryStringJsonElement);
        }
    }
}
