using System.Text.Json;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Schema;
using TicBot.BotKit.State;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Tests.State;

/// <summary>Issue 17: each activity runs once, and a turn's save across several documents is all or nothing.</summary>
public sealed class TurnOnceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly CountingStorage _storage = new(new MemoryStorage());

    [Fact]
    public async Task OnTurnAsync_StateChangingActivityDeliveredToAnotherInstance_RunsOnce()
    {
        var (one, oneState, oneTally) = CreateInstance();
        var (two, _, twoTally) = CreateInstance();
        var message = StateTestAdapter.Message("a", id: "activity-1");

        await one.ProcessAsync(message, (t, ct) => AddAsync(t, oneTally, ct), Ct);
        await two.ProcessAsync(StateTestAdapter.Message("a", id: "activity-1"), (t, ct) => AddAsync(t, twoTally, ct), Ct);

        Assert.Equal(["a"], (await ReadAsync(oneState, "test/conversations/conv-1")).Items);
        Assert.Single(one.Sent);
        Assert.Empty(two.Sent);
    }

    [Fact]
    public async Task OnTurnAsync_ReadOnlyActivityDeliveredTwice_RunsOnceAndWritesNothing()
    {
        var (adapter, _, _) = CreateInstance();
        var turns = 0;
        BotCallbackHandler show = (turn, ct) =>
        {
            turns++;
            return turn.SendActivityAsync("menu", ct);
        };

        await adapter.ProcessAsync(StateTestAdapter.Message("menu", id: "activity-2"), show, Ct);
        await adapter.ProcessAsync(StateTestAdapter.Message("menu", id: "activity-2"), show, Ct);

        Assert.Equal(1, turns);
        Assert.Single(adapter.Sent);
        Assert.Equal(0, _storage.Writes);
    }

    [Fact]
    public async Task OnTurnAsync_ReadOnlyActivityDeliveredAfterTheMemoryExpired_RunsAgain()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        var adapter = new StateTestAdapter();
        adapter.Use(new ConversationTurnMiddleware([new ConversationState(_storage)], time, new ConversationTurnOptions { RememberHandledActivities = TimeSpan.FromMinutes(10) }));
        var turns = 0;
        BotCallbackHandler show = (_, _) =>
        {
            turns++;
            return Task.CompletedTask;
        };

        await adapter.ProcessAsync(StateTestAdapter.Message("menu", id: "activity-3"), show, Ct);
        time.Advance(TimeSpan.FromMinutes(9));
        await adapter.ProcessAsync(StateTestAdapter.Message("menu", id: "activity-3"), show, Ct);
        time.Advance(TimeSpan.FromMinutes(2));
        await adapter.ProcessAsync(StateTestAdapter.Message("menu", id: "activity-3"), show, Ct);

        Assert.Equal(2, turns);
    }

    [Fact]
    public async Task OnTurnAsync_SameTextWithAnotherId_RunsAgain()
    {
        var (adapter, state, tally) = CreateInstance();

        await adapter.ProcessAsync(StateTestAdapter.Message("a", id: "x-1"), (t, ct) => AddAsync(t, tally, ct), Ct);
        await adapter.ProcessAsync(StateTestAdapter.Message("a", id: "x-2"), (t, ct) => AddAsync(t, tally, ct), Ct);

        Assert.Equal(["a", "a"], (await ReadAsync(state, "test/conversations/conv-1")).Items);
    }

    [Fact]
    public async Task OnTurnAsync_ConflictOnTheSecondDocumentAfterTheFirstCommitted_ReRunsFromTheOriginalFirstDocument()
    {
        var conversation = new ConversationState(_storage, new BotStateCache());
        var user = new UserState(_storage, new BotStateCache());
        var step = conversation.CreateProperty("step", StateTestJsonContext.Default.Tally);
        var seen = user.CreateProperty("seen", StateTestJsonContext.Default.Tally);
        var adapter = new StateTestAdapter();
        adapter.Use(new ConversationTurnMiddleware([conversation, user], TimeProvider.System, new ConversationTurnOptions { RetryDelay = TimeSpan.FromMilliseconds(1) }));
        var stepsSeen = new List<int>();
        BotCallbackHandler advance = async (turn, ct) =>
        {
            var dialog = (await step.GetAsync(turn, () => new Tally(), ct))!;
            stepsSeen.Add(dialog.Count);
            dialog.Count++;
            (await seen.GetAsync(turn, () => new Tally(), ct))!.Count++;
            await turn.SendActivityAsync($"step {dialog.Count}", ct);
        };
        var staged = false;
        _storage.BeforeWrite = async writes =>
        {
            if (!staged && writes.Single().Key == "test/users/user-1")
            {
                staged = true;
                await _storage.Inner.WriteAsync([new StorageWrite("test/users/user-1", JsonDocument.Parse("""{"seen":{"count":40}}""").RootElement)], Ct);
            }
        };

        await adapter.ProcessAsync(StateTestAdapter.Message("next", id: "m-1"), advance, Ct);

        Assert.Equal([0, 0], stepsSeen);
        Assert.Equal(["step 1"], adapter.Sent.Select(a => a.Text));
        Assert.Equal(1, (await ReadAsync(conversation, "test/conversations/conv-1", "step")).Count);
        Assert.Equal(41, (await ReadAsync(conversation, "test/users/user-1", "seen")).Count);
    }

    [Fact]
    public async Task DialogStateCleanup_FailureAfterTheStateWasSaved_KeepsTheStack()
    {
        var (adapter, state, _) = CreateInstance();
        var dialogState = state.CreateProperty(DialogState.PropertyName, DialogsJsonContext.Default.DialogState);
        var cleanup = new DialogStateCleanup(state, dialogState);
        adapter.OnTurnError = (turn, ex, ct) => cleanup.OnTurnErrorAsync(turn, ex, ct);
        adapter.FailSends = true;

        await adapter.ProcessAsync(StateTestAdapter.Message("go", id: "m-2"), async (turn, ct) =>
        {
            var stack = (await dialogState.GetAsync(turn, () => new DialogState(), ct))!;
            stack.DialogStack.Add(new DialogInstance { Id = "menu" });
            await turn.SendActivityAsync("question", ct);
        }, Ct);

        var stored = await _storage.ReadAsync(["test/conversations/conv-1"], Ct);
        Assert.Contains("menu", stored["test/conversations/conv-1"].Value.GetRawText(), StringComparison.Ordinal);
    }

    private (StateTestAdapter Adapter, ConversationState State, IStatePropertyAccessor<Tally> Tally) CreateInstance()
    {
        var state = new ConversationState(_storage, new BotStateCache());
        var tally = state.CreateProperty("tally", StateTestJsonContext.Default.Tally);
        var adapter = new StateTestAdapter();
        adapter.Use(new ConversationTurnMiddleware([state], TimeProvider.System));
        return (adapter, state, tally);
    }

    private static async Task AddAsync(ITurnContext turnContext, IStatePropertyAccessor<Tally> tally, CancellationToken cancellationToken)
    {
        var value = (await tally.GetAsync(turnContext, () => new Tally(), cancellationToken))!;
        value.Items.Add(turnContext.Activity.Text!);
        value.Count++;
        await turnContext.SendActivityAsync($"ok {turnContext.Activity.Text}", cancellationToken);
    }

    private async Task<Tally> ReadAsync(BotState state, string key, string property = "tally")
    {
        var items = await _storage.Inner.ReadAsync([key], Ct);
        return items[key].Value.GetProperty(property).Deserialize(StateTestJsonContext.Default.Tally)!;
    }
}
