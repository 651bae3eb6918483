using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Schema;
using TicBot.BotKit.State;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Testing;

/// <summary>
/// Runs one dialog as a bot would, with in-memory conversation state and no network: each turn continues
/// the dialog (or begins it) and saves the state. Build a second client over the same <see cref="Storage"/>
/// to simulate a restart or another instance.
/// </summary>
public sealed class DialogTestClient
{
    private readonly Dialog _dialog;

    public DialogTestClient(Dialog dialog, TestAdapter? adapter = null, IStorage? storage = null)
    {
        _dialog = dialog ?? throw new ArgumentNullException(nameof(dialog));
        Adapter = adapter ?? new TestAdapter();
        Storage = storage ?? new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        DialogState = ConversationState.CreateProperty(Dialogs.DialogState.PropertyName, DialogsJsonContext.Default.DialogState);
    }

    public TestAdapter Adapter { get; }

    public IStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public IStatePropertyAccessor<DialogState> DialogState { get; }

    /// <summary>The outcome of the last turn; null before the first.</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>Sends a message and returns the first reply (the others stay in <see cref="GetNextReply"/>).</summary>
    public Task<Activity?> SendActivityAsync(string text, CancellationToken cancellationToken)
        => SendActivityAsync(Adapter.MakeActivity(text), cancellationToken);

    public async Task<Activity?> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        await Adapter.ProcessActivityAsync(activity, RunTurnAsync, cancellationToken);
        return GetNextReply();
    }

    /// <summary>The next reply not yet read, or null.</summary>
    public Activity? GetNextReply() => Adapter.GetNextReply();

    /// <summary>The turn logic, usable with a <see cref="TestFlow"/> over <see cref="Adapter"/>.</summary>
    public async Task RunTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        DialogTurnResult = await _dialog.RunAsync(turnContext, DialogState, cancellationToken);
        await ConversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    /// <summary>A transcript test of this dialog.</summary>
    public TestFlow CreateTestFlow() => new(Adapter, RunTurnAsync);
}
