using System.Text.Json;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Testing;

namespace TicBot.BotKit.Tests.Dialogs;

public sealed class DialogContextTests
{
    /// <summary>Records how it is ended; waits until told "fin".</summary>
    private sealed class ProbeDialog(string id, List<string> log) : Dialog(id)
    {
        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken)
        {
            log.Add($"begin {Id} {options?.GetRawText()}");
            return Task.FromResult(EndOfTurn);
        }

        public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
            => dc.Context.Activity.Text == "fin"
                ? dc.EndDialogAsync(JsonSerializer.SerializeToElement(Id), cancellationToken)
                : Task.FromResult(EndOfTurn);

        public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonElement? result, CancellationToken cancellationToken)
        {
            log.Add($"resume {Id} {reason} {result?.GetRawText()}");
            return Task.FromResult(EndOfTurn);
        }

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
        {
            log.Add($"end {Id} {reason}");
            return Task.CompletedTask;
        }
    }

    private static async Task<T> InTurnAsync<T>(Func<ITurnContext, Task<T>> body)
    {
        var adapter = new TestAdapter();
        T result = default!;
        await adapter.ProcessActivityAsync(adapter.MakeActivity("fin"), async (tc, _) => result = await body(tc), TestContext.Current.CancellationToken);
        return result;
    }

    private static (DialogSet Set, List<string> Log) CreateSet()
    {
        var log = new List<string>();
        var set = new DialogSet().Add(new ProbeDialog("a", log)).Add(new ProbeDialog("b", log)).Add(new ProbeDialog("c", log));
        return (set, log);
    }

    [Fact]
    public async Task BeginDialogAsync_TwoDialogs_StacksThemWithTheLastOnTop()
    {
        var (set, log) = CreateSet();
        var state = new DialogState();
        var ct = TestContext.Current.CancellationToken;

        await InTurnAsync(async tc =>
        {
            var sut = new DialogContext(set, tc, state);
            await sut.BeginDialogAsync("a", null, ct);
            return await sut.BeginDialogAsync("b", JsonSerializer.SerializeToElement(7), ct);
        });

        Assert.Equal(["a", "b"], state.DialogStack.Select(i => i.Id));
        Assert.Equal(["begin a ", "begin b 7"], log);
    }

    [Fact]
    public async Task ContinueDialogAsync_TopEnds_ResumesTheOneBelowWithItsResult()
    {
        var (set, log) = CreateSet();
        var state = new DialogState { DialogStack = [new DialogInstance { Id = "a" }, new DialogInstance { Id = "b" }] };

        var result = await InTurnAsync(tc => new DialogContext(set, tc, state).ContinueDialogAsync(TestContext.Current.CancellationToken));

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["end b EndCalled", "resume a EndCalled \"b\""], log);
        Assert.Equal("a", Assert.Single(state.DialogStack).Id);
    }

    [Fact]
    public async Task ContinueDialogAsync_LastDialogEnds_ReturnsCompleteWithResult()
    {
        var (set, _) = CreateSet();
        var state = new DialogState { DialogStack = [new DialogInstance { Id = "c" }] };

        var result = await InTurnAsync(tc => new DialogContext(set, tc, state).ContinueDialogAsync(TestContext.Current.CancellationToken));

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal("c", result.GetResult(DialogsJsonContext.Default.String));
        Assert.Empty(state.DialogStack);
    }

    [Fact]
    public async Task ContinueDialogAsync_EmptyStack_ReturnsEmpty()
    {
        var (set, _) = CreateSet();

        var result = await InTurnAsync(tc => new DialogContext(set, tc, new DialogState()).ContinueDialogAsync(TestContext.Current.CancellationToken));

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task ReplaceDialogAsync_ReplacesTheTopWithoutResumingTheParent()
    {
        var (set, log) = CreateSet();
        var state = new DialogState { DialogStack = [new DialogInstance { Id = "a" }, new DialogInstance { Id = "b" }] };

        await InTurnAsync(tc => new DialogContext(set, tc, state).ReplaceDialogAsync("c", null, TestContext.Current.CancellationToken));

        Assert.Equal(["a", "c"], state.DialogStack.Select(i => i.Id));
        Assert.Equal(["end b ReplaceCalled", "begin c "], log);
    }

    [Fact]
    public async Task CancelAllDialogsAsync_EndsEveryDialogTopFirst()
    {
        var (set, log) = CreateSet();
        var state = new DialogState { DialogStack = [new DialogInstance { Id = "a" }, new DialogInstance { Id = "b" }, new DialogInstance { Id = "c" }] };

        var result = await InTurnAsync(tc => new DialogContext(set, tc, state).CancelAllDialogsAsync(TestContext.Current.CancellationToken));

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(state.DialogStack);
        Assert.Equal(["end c CancelCalled", "end b CancelCalled", "end a CancelCalled"], log);
    }

    [Fact]
    public async Task BeginDialogAsync_UnknownId_ThrowsArgumentException()
    {
        var (set, _) = CreateSet();

        await Assert.ThrowsAsync<ArgumentException>(() => InTurnAsync(tc => new DialogContext(set, tc, new DialogState()).BeginDialogAsync("zzz", null, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ContinueDialogAsync_UnknownStoredId_ThrowsDialogStateException()
    {
        var (set, _) = CreateSet();
        var state = new DialogState { DialogStack = [new DialogInstance { Id = "renamed" }] };

        await Assert.ThrowsAsync<DialogStateException>(() => InTurnAsync(tc => new DialogContext(set, tc, state).ContinueDialogAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public void Add_DuplicateId_Throws()
    {
        var (set, log) = CreateSet();

        Assert.Throws<ArgumentException>(() => set.Add(new ProbeDialog("a", log)));
    }

    [Fact]
    public void DialogState_RoundTripsThroughJson_WithoutTypeNames()
    {
        var state = new DialogState { DialogStack = [new DialogInstance { Id = "a", State = { ["stepIndex"] = JsonSerializer.SerializeToElement(2) } }] };

        var json = JsonSerializer.Serialize(state, DialogsJsonContext.Default.DialogState);
        var back = JsonSerializer.Deserialize(json, DialogsJsonContext.Default.DialogState);

        Assert.Equal("{\"dialogStack\":[{\"id\":\"a\",\"state\":{\"stepIndex\":2}}]}", json);
        Assert.Equal(2, back!.DialogStack[0].State["stepIndex"].GetInt32());
    }
}
