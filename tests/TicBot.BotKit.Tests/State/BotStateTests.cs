using System.Text.Json;
using TicBot.BotKit.Builder;
using TicBot.BotKit.State;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Tests.State;

public sealed class BotStateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly StateTestAdapter _adapter = new();
    private readonly CountingStorage _storage = new(new MemoryStorage());

    private TurnContext Turn(string conversationId = "conv-1", string userId = "user-1")
        => new(_adapter, StateTestAdapter.Message("bonjour", conversationId, userId));

    private static IStatePropertyAccessor<Tally> TallyOf(BotState state) => state.CreateProperty("tally", StateTestJsonContext.Default.Tally);

    [Fact]
    public async Task SaveChangesAsync_NewConversation_CreatesThePlainJsonDocumentUnderTheConversationKey()
    {
        var sut = new ConversationState(_storage);
        using var turn = Turn();

        var tally = await TallyOf(sut).GetAsync(turn, () => new Tally(), Ct);
        tally!.Count = 2;
        tally.Items.Add("a");
        await sut.SaveChangesAsync(turn, false, Ct);

        var stored = (await _storage.ReadAsync(["test/conversations/conv-1"], Ct))["test/conversations/conv-1"];
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse("""{"tally":{"count":2,"items":["a"]}}""").RootElement, stored.Value));
    }

    [Fact]
    public void GetStorageKey_UserState_UsesChannelAndSender()
    {
        var sut = new UserState(_storage);
        using var turn = Turn(userId: "29:1abc");

        Assert.Equal("test/users/29:1abc", sut.GetStorageKey(turn));
    }

    [Fact]
    public async Task GetStorageKey_ActivityWithoutConversation_ThrowsInvalidOperation()
    {
        var sut = new ConversationState(_storage);
        var activity = StateTestAdapter.Message("x");
        activity.Conversation = null;
        using var turn = new TurnContext(_adapter, activity);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => TallyOf(sut).GetAsync(turn, null, Ct));
        Assert.Contains("conversation.id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_SeveralAccessesInATurn_ReadsTheStoreOnce()
    {
        var sut = new ConversationState(_storage);
        using var turn = Turn();

        await sut.LoadAsync(turn, false, Ct);
        await TallyOf(sut).GetAsync(turn, null, Ct);
        await sut.CreateProperty("name", StateTestJsonContext.Default.String).SetAsync(turn, "x", Ct);
        await sut.LoadAsync(turn, false, Ct);

        Assert.Equal(1, _storage.Reads);
    }

    [Fact]
    public async Task SaveChangesAsync_Unchanged_DoesNotWrite()
    {
        await SeedAsync(3);
        var sut = new ConversationState(_storage);
        using var turn = Turn();

        await TallyOf(sut).GetAsync(turn, null, Ct);
        await sut.SaveChangesAsync(turn, false, Ct);
        await sut.SaveChangesAsync(new TurnContext(_adapter, turn.Activity), false, Ct);

        Assert.Equal(0, _storage.Writes);
    }

    [Fact]
    public async Task SaveChangesAsync_ObjectMutatedAfterGet_WritesOnceConditionally()
    {
        await SeedAsync(3);
        var sut = new ConversationState(_storage);
        using var turn = Turn();
        string? sentETag = null;
        _storage.BeforeWrite = writes => { sentETag = writes.Single().ETag; return Task.CompletedTask; };
        var before = (await _storage.ReadAsync(["test/conversations/conv-1"], Ct)).Single().Value.ETag;

        (await TallyOf(sut).GetAsync(turn, null, Ct))!.Count++;
        await sut.SaveChangesAsync(turn, false, Ct);
        await sut.SaveChangesAsync(turn, false, Ct);

        Assert.Equal(before, sentETag);
        Assert.Equal(1, _storage.Writes);
        Assert.Equal(4, (await ReadTallyAsync()).Count);
    }

    [Fact]
    public async Task SaveChangesAsync_ChangedByAnotherTurnMeanwhile_ThrowsConflictAndKeepsTheOtherChange()
    {
        await SeedAsync(1);
        var sut = new ConversationState(_storage);
        using var first = Turn();
        using var second = Turn();
        (await TallyOf(sut).GetAsync(first, null, Ct))!.Count = 10;
        (await TallyOf(sut).GetAsync(second, null, Ct))!.Count = 20;

        await sut.SaveChangesAsync(first, false, Ct);
        var ex = await Assert.ThrowsAsync<StorageConflictException>(() => sut.SaveChangesAsync(second, false, Ct));

        Assert.Equal("test/conversations/conv-1", ex.Key);
        Assert.Equal(10, (await ReadTallyAsync()).Count);
    }

    [Fact]
    public async Task SaveChangesAsync_TwoNewDocumentsRacing_TheSecondCreationConflicts()
    {
        var sut = new ConversationState(_storage);
        using var first = Turn();
        using var second = Turn();
        await TallyOf(sut).SetAsync(first, new Tally { Count = 1 }, Ct);
        await TallyOf(sut).SetAsync(second, new Tally { Count = 2 }, Ct);

        await sut.SaveChangesAsync(first, false, Ct);

        await Assert.ThrowsAsync<StorageConflictException>(() => sut.SaveChangesAsync(second, false, Ct));
        Assert.Equal(1, (await ReadTallyAsync()).Count);
    }

    [Fact]
    public async Task DeleteAsync_Property_IsRemovedFromTheDocument()
    {
        await SeedAsync(5);
        var sut = new ConversationState(_storage);
        using var turn = Turn();

        await TallyOf(sut).DeleteAsync(turn, Ct);
        await sut.SaveChangesAsync(turn, false, Ct);

        var stored = (await _storage.ReadAsync(["test/conversations/conv-1"], Ct)).Single().Value.Value;
        Assert.Equal("{}", stored.GetRawText());
        Assert.Null(await TallyOf(sut).GetAsync(Turn(), null, Ct));
    }

    [Fact]
    public async Task LoadAsync_WithCacheInSteadyState_WritesWithoutReading()
    {
        var cache = new BotStateCache();
        var sut = new ConversationState(_storage, cache);
        for (var i = 0; i < 5; i++)
        {
            using var turn = Turn();
            (await TallyOf(sut).GetAsync(turn, () => new Tally(), Ct))!.Count++;
            await sut.SaveChangesAsync(turn, false, Ct);
        }

        Assert.Equal(1, _storage.Reads);
        Assert.Equal(5, _storage.Writes);
        Assert.Equal(5, (await ReadTallyAsync()).Count);
    }

    [Fact]
    public async Task SaveChangesAsync_StaleCache_ConflictsEvenWhenUnchangedAndEvictsTheEntry()
    {
        await SeedAsync(1);
        var cache = new BotStateCache();
        var sut = new ConversationState(_storage, cache);
        using (var warm = Turn())
        {
            await TallyOf(sut).GetAsync(warm, null, Ct);
        }

        // Another instance changes the document behind this process's cache.
        await SeedAsync(7);
        using var stale = Turn();
        Assert.Equal(1, (await TallyOf(sut).GetAsync(stale, null, Ct))!.Count);

        await Assert.ThrowsAsync<StorageConflictException>(() => sut.SaveChangesAsync(stale, false, Ct));

        Assert.Equal(0, cache.Count);
        using var fresh = Turn();
        Assert.Equal(7, (await TallyOf(sut).GetAsync(fresh, null, Ct))!.Count);
    }

    private async Task SeedAsync(int count)
    {
        var state = new ConversationState(_storage.Inner);
        using var turn = Turn();
        await TallyOf(state).SetAsync(turn, new Tally { Count = count, Items = ["seed"] }, Ct);
        await state.SaveChangesAsync(turn, true, Ct);
    }

    private async Task<Tally> ReadTallyAsync()
    {
        var state = new ConversationState(_storage.Inner);
        using var turn = Turn();
        return (await TallyOf(state).GetAsync(turn, null, Ct))!;
    }
}
