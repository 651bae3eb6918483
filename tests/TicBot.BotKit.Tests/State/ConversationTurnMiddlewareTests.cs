using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;
using TicBot.BotKit.State;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Tests.State;

public sealed class ConversationTurnMiddlewareTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly StateTestAdapter _adapter = new();
    private readonly CountingStorage _storage = new(new MemoryStorage());
    private readonly ConversationState _state;
    private readonly IStatePropertyAccessor<Tally> _tally;
    private readonly ConversationTurnMiddleware _sut;

    public ConversationTurnMiddlewareTests()
    {
        _state = new ConversationState(_storage, new BotStateCache());
        _tally = _state.CreateProperty("tally", StateTestJsonContext.Default.Tally);
        _sut = new ConversationTurnMiddleware([_state], TimeProvider.System, new ConversationTurnOptions { RetryDelay = TimeSpan.FromMilliseconds(1) });
        _adapter.Use(_sut);
    }

    /// <summary>The bot under the middleware: adds the message text to the tally and says so.</summary>
    private async Task AddItemAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var tally = (await _tally.GetAsync(turnContext, () => new Tally(), cancellationToken))!;
        tally.Items.Add(turnContext.Activity.Text!);
        tally.Count++;
        await turnContext.SendActivityAsync($"ok {turnContext.Activity.Text}", cancellationToken);
    }

    [Fact]
    public async Task OnTurnAsync_Message_IsSentOnlyAfterTheStateIsSavedButTypingGoesAtOnce()
    {
        var sentBeforeSave = -1;
        _storage.BeforeWrite = _ => { sentBeforeSave = _adapter.Sent.Count; return Task.CompletedTask; };

        await _adapter.ProcessAsync(StateTestAdapter.Message("a"), async (turn, ct) =>
        {
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, ct);
            Assert.Single(_adapter.Sent);
            await AddItemAsync(turn, ct);
            Assert.Single(_adapter.Sent);
        }, Ct);

        Assert.Equal(1, sentBeforeSave);
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], _adapter.Sent.Select(a => a.Type));
        Assert.Equal("ok a", _adapter.Sent.Last().Text);
        Assert.Equal(["a"], (await ReadAsync()).Items);
    }

    [Fact]
    public async Task OnTurnAsync_SaveConflictsOnce_ReRunsOnFreshStateAndSendsOnlyTheLastAttemptsReply()
    {
        await _adapter.ProcessAsync(StateTestAdapter.Message("first"), AddItemAsync, Ct);
        var staged = false;
        _storage.BeforeWrite = async _ =>
        {
            if (!staged)
            {
                staged = true;
                await ChangeBehindTheBotsBackAsync("other-host");
            }
        };
        var attempts = 0;

        await _adapter.ProcessAsync(StateTestAdapter.Message("second"), async (turn, ct) =>
        {
            attempts++;
            await AddItemAsync(turn, ct);
        }, Ct);

        Assert.Equal(2, attempts);
        Assert.Equal(1, _sut.Retries);
        Assert.Equal(["ok first", "ok second"], _adapter.Sent.Select(a => a.Text));
        Assert.Equal(["first", "other-host", "second"], (await ReadAsync()).Items);
    }

    [Theory]
    [InlineData("fr-FR", "Veuillez réessayer")]
    [InlineData("en-US", "Please try again")]
    public async Task OnTurnAsync_SaveAlwaysConflicts_SendsOnlyTheTryAgainMessageAndKeepsNothing(string locale, string expected)
    {
        await _adapter.ProcessAsync(StateTestAdapter.Message("first"), AddItemAsync, Ct);
        var round = 0;
        _storage.BeforeWrite = _ => ChangeBehindTheBotsBackAsync($"other-{++round}");

        await _adapter.ProcessAsync(StateTestAdapter.Message("lost", locale: locale), AddItemAsync, Ct);

        Assert.Equal(4, round);
        Assert.Equal(1, _sut.AbandonedTurns);
        var reply = _adapter.Sent.Last();
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Equal(2, _adapter.Sent.Count);
        Assert.DoesNotContain("lost", (await ReadAsync()).Items);
    }

    [Theory]
    [InlineData("en-US", "fr", "Veuillez réessayer")]
    [InlineData("fr-FR", "en", "Please try again")]
    public async Task OnTurnAsync_CardInvokeAlwaysConflicts_AnswersTheInvokeWithTryAgainInTheBotsLanguageAndPostsNothing(string locale, string language, string expected)
    {
        await _adapter.ProcessAsync(StateTestAdapter.Message("first"), AddItemAsync, Ct);
        var round = 0;
        _storage.BeforeWrite = _ => ChangeBehindTheBotsBackAsync($"other-{++round}");
        var invoke = StateTestAdapter.Message("lost", locale: locale);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "adaptiveCard/action";

        using var turn = await _adapter.ProcessAsync(invoke, AddItemAsync, Ct, forcedLanguage: language);

        var body = turn.GetInvokeResponse()!.Body!.Value;
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Contains(expected, body.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Single(_adapter.Sent);
    }

    [Fact]
    public async Task OnTurnAsync_ConcurrentTurnsOfOneConversation_RunOneAtATimeWithoutConflict()
    {
        var inside = 0;
        var maxInside = 0;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => _adapter.ProcessAsync(StateTestAdapter.Message($"m{i}"), async (turn, ct) =>
        {
            var now = Interlocked.Increment(ref inside);
            maxInside = Math.Max(maxInside, now);
            await Task.Yield();
            await AddItemAsync(turn, ct);
            Interlocked.Decrement(ref inside);
        }, Ct), Ct)));

        Assert.Equal(1, maxInside);
        Assert.Equal(0, _sut.Retries);
        Assert.Equal(20, (await ReadAsync()).Count);
        Assert.Equal(20, _adapter.Sent.Count);
        Assert.Equal(1, _storage.Reads);
    }

    [Fact]
    public async Task OnTurnAsync_BotThrows_HeldRepliesAreDroppedStateIsNotSavedAndTheErrorHandlerCanReply()
    {
        _adapter.OnTurnError = (turn, ex, ct) => turn.SendActivityAsync("désolé", ct);

        await _adapter.ProcessAsync(StateTestAdapter.Message("boom"), async (turn, ct) =>
        {
            await AddItemAsync(turn, ct);
            throw new InvalidOperationException("bug");
        }, Ct);

        Assert.Equal(["désolé"], _adapter.Sent.Select(a => a.Text));
        Assert.Equal(0, _storage.Writes);
    }

    [Fact]
    public async Task OnTurnAsync_InvokeResponseAndUpdateOfAHeldReply_ReachTheAdapterAfterTheSave()
    {
        var invoke = StateTestAdapter.Message("card");
        invoke.Type = ActivityTypes.Invoke;

        await _adapter.ProcessAsync(invoke, async (turn, ct) =>
        {
            await AddItemAsync(turn, ct);
            var card = await turn.SendActivityAsync("carte v1", ct);
            await turn.UpdateActivityAsync(new Activity { Id = card!.Id, Type = ActivityTypes.Message, Text = "carte v2" }, ct);
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse }, ct);
        }, Ct);

        Assert.Equal(["ok card", "carte v2", null], _adapter.Sent.Select(a => a.Text));
        Assert.Equal(ActivityTypes.InvokeResponse, _adapter.Sent.Last().Type);
        Assert.Empty(_adapter.Updated);
        Assert.All(_adapter.Sent, a => Assert.Null(a.Id));
    }

    [Fact]
    public async Task OnTurnAsync_UpdateOfACardSentInAnEarlierTurn_GoesToTheChannelAtOnce()
    {
        var updatedBeforeSave = -1;
        _storage.BeforeWrite = _ => { updatedBeforeSave = _adapter.Updated.Count; return Task.CompletedTask; };

        await _adapter.ProcessAsync(StateTestAdapter.Message("a"), async (turn, ct) =>
        {
            await AddItemAsync(turn, ct);
            await turn.UpdateActivityAsync(new Activity { Id = "card-from-last-turn", Type = ActivityTypes.Message, Text = "v2" }, ct);
        }, Ct);

        Assert.Equal(1, updatedBeforeSave);
        Assert.Equal("card-from-last-turn", Assert.Single(_adapter.Updated).Id);
    }

    private async Task ChangeBehindTheBotsBackAsync(string item)
    {
        var other = new ConversationState(_storage.Inner);
        using var turn = new TurnContext(_adapter, StateTestAdapter.Message("x"));
        var tally = (await other.CreateProperty("tally", StateTestJsonContext.Default.Tally).GetAsync(turn, () => new Tally(), Ct))!;
        tally.Items.Add(item);
        await other.SaveChangesAsync(turn, false, Ct);
    }

    private async Task<Tally> ReadAsync()
    {
        var fresh = new ConversationState(_storage.Inner);
        using var turn = new TurnContext(_adapter, StateTestAdapter.Message("x"));
        return (await fresh.CreateProperty("tally", StateTestJsonContext.Default.Tally).GetAsync(turn, () => new Tally(), Ct))!;
    }
}
