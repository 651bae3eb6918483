using TicBot.BotKit.Builder;
using TicBot.BotKit.State;

namespace TicBot.BotKit.Dialogs;

/// <summary>The dialogs a stack can run, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;

    /// <param name="dialogState">Where the stack is stored; required by <see cref="CreateContextAsync"/> only.</param>
    public DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null) => _dialogState = dialogState;

    /// <summary><c>fr</c> or <c>en</c> forces the language of prompts; null (default) follows the activity's locale.</summary>
    public string? ForcedLanguage { get; set; }

    public IEnumerable<Dialog> Dialogs => _dialogs.Values;

    /// <summary>Adds a dialog.</summary>
    /// <exception cref="ArgumentException">Another dialog already has its id.</exception>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>Loads the stack from the state accessor and returns its context.</summary>
    /// <exception cref="InvalidOperationException">The set was created without a state accessor.</exception>
    /// <exception cref="System.Text.Json.JsonException">The stored stack is not valid JSON for a <see cref="DialogState"/>.</exception>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var accessor = _dialogState ?? throw new InvalidOperationException("This DialogSet has no dialog state accessor.");
        var state = await accessor.GetAsync(turnContext, () => new DialogState(), cancellationToken) ?? new DialogState();
        return new DialogContext(this, turnContext, state);
    }
}
