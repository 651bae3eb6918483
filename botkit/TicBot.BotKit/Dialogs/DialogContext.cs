using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Prompts;

namespace TicBot.BotKit.Dialogs;

/// <summary>
/// Runs one dialog stack during a turn: starts, continues, replaces and ends dialogs. Container dialogs
/// create a child context over their inner stack, whose <see cref="Parent"/> is this one.
/// </summary>
public sealed partial class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        Stack = (state ?? throw new ArgumentNullException(nameof(state))).DialogStack;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The stack; the active dialog is the last entry.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>The context of the container dialog that owns this stack; null at the root.</summary>
    public DialogContext? Parent { get; }

    /// <value>The dialog on top of the stack, or null when the stack is empty.</value>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[^1] : null;

    /// <value>The inner context of the active dialog when it is a container, else null.</value>
    public DialogContext? Child => ActiveDialog is { } active ? Dialogs.Find(active.Id)?.CreateChildContext(this) : null;

    /// <summary>
    /// The turn-state key of a string (<c>fr</c>, <c>en</c> or <c>auto</c>) that forces the language of every
    /// dialog in the turn; the bot sets it from its configuration. <see cref="DialogSet.ForcedLanguage"/> wins over it.
    /// </summary>
    public const string ForcedLanguageKey = "TicBot.Dialogs.ForcedLanguage";

    /// <value>
    /// The user's language: the activity's locale, unless <see cref="DialogSet.ForcedLanguage"/> or the turn's
    /// <see cref="ForcedLanguageKey"/> forces one.
    /// </value>
    public UserLanguage Language => ResolveLanguage(Context, ForcedLanguage);

    private string? ForcedLanguage => Dialogs.ForcedLanguage ?? Parent?.ForcedLanguage;

    /// <summary>The language of the turn, for code that has a turn context but no dialog context.</summary>
    public static UserLanguage ResolveLanguage(ITurnContext turnContext, string? forced = null)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return LanguageResolver.Resolve(turnContext.Activity.GetUserLocale(), forced ?? turnContext.TurnState.Get<string>(ForcedLanguageKey));
    }

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and starts it.</summary>
    /// <exception cref="ArgumentException">No dialog has that id here or in a parent context.</exception>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonElement? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        var dialog = FindDialog(dialogId) ?? throw new ArgumentException($"No dialog with id '{dialogId}' is registered.", nameof(dialogId));
        Stack.Add(new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Pushes and starts a dialog with typed options.</summary>
    public Task<DialogTurnResult> BeginDialogAsync<TOptions>(string dialogId, TOptions options, JsonTypeInfo<TOptions> typeInfo, CancellationToken cancellationToken)
        => BeginDialogAsync(dialogId, DialogJson.Write(options, typeInfo), cancellationToken);

    /// <summary>Starts the prompt <paramref name="dialogId"/> with <paramref name="options"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, DialogsJsonContext.Default.PromptOptions, cancellationToken);
    }

    /// <summary>Passes the turn to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    /// <exception cref="DialogStateException">The active dialog's id is not registered (renamed by an upgrade).</exception>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindDialog(active.Id) ?? throw new DialogStateException($"The stored dialog '{active.Id}' is not registered.");
        return await dialog.ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is { } active && FindDialog(active.Id) is { } dialog)
        {
            await dialog.RepromptDialogAsync(Context, active, cancellationToken);
        }
    }

    /// <summary>Finds a dialog here, then in the parent contexts.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);
}
