using Azure.Storage.Blobs;
using TicBot.BotKit.Builder;
using TicBot.BotKit.State;
using TicBot.BotKit.Storage;
using TicBot.TestSupport.Azurite;

namespace TicBot.BotKit.Tests.State;

/// <summary>Several bot hosts sharing one Azurite container, as instances behind Azure Bot Service do.</summary>
public sealed class TwoHostsOnBlobTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OnTurnAsync_FiftyConcurrentSubmitsOnTwoHosts_EveryItemIsStoredOrItsSenderWasAskedToRetry()
    {
        var container = azurite.NewContainer("twohosts");
        var hosts = new[] { new Host(container), new Host(container) };

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(
            () => hosts[i % 2].Adapter.ProcessAsync(StateTestAdapter.Message($"item-{i}", id: $"act-{i}"), hosts[i % 2].AddItemAsync, Ct), Ct)));

        var items = (await new Host(container).ReadAsync()).Items;
        var sent = hosts.SelectMany(h => h.Adapter.Sent).ToList();
        Assert.Equal(items.Count, items.Distinct().Count());
        for (var i = 0; i < 50; i++)
        {
            var replies = sent.Where(a => a.ReplyToId == $"act-{i}").Select(a => a.Text).ToList();
            var reply = Assert.Single(replies);
            if (items.Contains($"item-{i}"))
            {
                Assert.Equal($"ok item-{i}", reply);
            }
            else
            {
                Assert.Contains("Veuillez réessayer", reply, StringComparison.Ordinal);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"stored {items.Count}/50, re-runs {hosts.Sum(h => h.Middleware.Retries)}, abandoned {hosts.Sum(h => h.Middleware.AbandonedTurns)}");
        // Exactly the turns that were not abandoned succeeded, and the count agrees with the items.
        Assert.Equal(50 - hosts.Sum(h => h.Middleware.AbandonedTurns), items.Count);
        Assert.Equal(items.Count, (await new Host(container).ReadAsync()).Count);
        // A host runs the conversation's turns one at a time, so each of its abandoned turns lost all its attempts to
        // distinct saves of the other host: however the race goes, that bounds the abandoned turns.
        var attempts = new ConversationTurnOptions().MaxAttempts;
        for (var h = 0; h < 2; h++)
        {
            var succeededOnOther = 25 - hosts[1 - h].Middleware.AbandonedTurns;
            Assert.InRange(hosts[h].Middleware.AbandonedTurns * attempts, 0, succeededOnOther);
        }
    }

    [Fact]
    public async Task OnTurnAsync_HostKilledMidTurn_ANewHostContinuesFromTheLastSavedTurn()
    {
        var container = azurite.NewContainer("restart");
        var first = new Host(container);
        for (var i = 0; i < 3; i++)
        {
            await first.Adapter.ProcessAsync(StateTestAdapter.Message($"item-{i}"), first.AddItemAsync, Ct);
        }

        // The kill: the turn has changed its state and replied, then the process dies before the save.
        using var kill = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var dying = first.Adapter.ProcessAsync(StateTestAdapter.Message("item-killed"), async (turn, ct) =>
        {
            await first.AddItemAsync(turn, ct);
            await kill.CancelAsync();
            ct.ThrowIfCancellationRequested();
        }, kill.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying);

        var second = new Host(container);
        await second.Adapter.ProcessAsync(StateTestAdapter.Message("item-3"), second.AddItemAsync, Ct);

        Assert.Equal(["item-0", "item-1", "item-2", "item-3"], (await second.ReadAsync()).Items);
        Assert.DoesNotContain(first.Adapter.Sent, a => a.Text == "ok item-killed");
        Assert.Equal("ok item-3", Assert.Single(second.Adapter.Sent).Text);
    }

    /// <summary>One bot process: its own store client, cache, middleware and adapter.</summary>
    private sealed class Host
    {
        private readonly ConversationState _state;
        private readonly IStatePropertyAccessor<Tally> _tally;

        public Host(BlobContainerClient container)
        {
            _state = new ConversationState(new BlobStorage(container), new BotStateCache());
            _tally = _state.CreateProperty("tally", StateTestJsonContext.Default.Tally);
            Middleware = new ConversationTurnMiddleware([_state], TimeProvider.System);
            Adapter.Use(Middleware);
        }

        public StateTestAdapter Adapter { get; } = new();

        public ConversationTurnMiddleware Middleware { get; }

        public async Task AddItemAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var tally = (await _tally.GetAsync(turnContext, () => new Tally(), cancellationToken))!;
            tally.Items.Add(turnContext.Activity.Text!);
            tally.Count++;
            await turnContext.SendActivityAsync($"ok {turnContext.Activity.Text}", cancellationToken);
        }

        public async Task<Tally> ReadAsync()
        {
            using var turn = new TurnContext(Adapter, StateTestAdapter.Message("read"));
            await _state.LoadAsync(turn, true, Ct);
            return (await _tally.GetAsync(turn, () => new Tally(), Ct))!;
        }
    }
}
