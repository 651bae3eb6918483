using System.Text.Json;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Tests.Storage;

/// <summary>The contract every <see cref="IStorage"/> honours; each store runs it unchanged.</summary>
public abstract partial class StorageContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A store with no item under <see cref="Root"/>.</summary>
    protected abstract IStorage CreateSut();

    /// <summary>A prefix unique to the test, so stores shared by several tests stay independent.</summary>
    protected string Root { get; } = $"t{Guid.NewGuid():N}/";

    protected static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    protected static async Task<string> WriteAsync(IStorage sut, string key, string json, string? etag = null, bool createOnly = false)
    {
        var etags = await sut.WriteAsync([new StorageWrite(key, Json(json), etag, createOnly)], Ct);
        return etags[key];
    }

    [Fact]
    public async Task WriteAsync_ThenReadAsync_ReturnsTheDocumentAndItsETag()
    {
        var sut = CreateSut();
        var key = Root + "doc";

        var etag = await WriteAsync(sut, key, """{"name":"Élise","count":3,"items":[1,2,{"x":null}],"ok":true}""");
        var items = await sut.ReadAsync([key], Ct);

        Assert.False(string.IsNullOrEmpty(etag));
        var item = Assert.Single(items);
        Assert.Equal(key, item.Key);
        Assert.Equal(etag, item.Value.ETag);
        Assert.True(JsonElement.DeepEquals(Json("""{"name":"Élise","count":3,"items":[1,2,{"x":null}],"ok":true}"""), item.Value.Value));
    }

    [Fact]
    public async Task ReadAsync_MissingKeys_AreAbsentFromTheResult()
    {
        var sut = CreateSut();
        await WriteAsync(sut, Root + "present", """{"v":1}""");

        var items = await sut.ReadAsync([Root + "missing", Root + "present", Root + "other"], Ct);

        Assert.Equal([Root + "present"], items.Keys);
        Assert.Empty(await sut.ReadAsync([Root + "nothing"], Ct));
    }

    [Fact]
    public async Task WriteAsync_CurrentETag_ReplacesAndChangesTheETag()
    {
        var sut = CreateSut();
        var key = Root + "doc";
        var first = await WriteAsync(sut, key, """{"v":1}""");

        var second = await WriteAsync(sut, key, """{"v":2}""", first);

        Assert.NotEqual(first, second);
        var item = (await sut.ReadAsync([key], Ct))[key];
        Assert.Equal(second, item.ETag);
        Assert.Equal(2, item.Value.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ThrowsConflictAndKeepsTheStoredValue()
    {
        var sut = CreateSut();
        var key = Root + "doc";
        var stale = await WriteAsync(sut, key, """{"v":1}""");
        var current = await WriteAsync(sut, key, """{"v":2}""", stale);

        var ex = await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(sut, key, """{"v":3}""", stale));

        Assert.Equal(key, ex.Key);
        var item = (await sut.ReadAsync([key], Ct))[key];
        Assert.Equal(current, item.ETag);
        Assert.Equal(2, item.Value.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task WriteAsync_ConcreteETagOnMissingKey_ThrowsConflict()
    {
        var sut = CreateSut();
        var key = Root + "doc";
        var etag = await WriteAsync(sut, key, """{"v":1}""");
        await sut.DeleteAsync([key], Ct);

        var ex = await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(sut, key, """{"v":2}""", etag));

        Assert.Equal(key, ex.Key);
        Assert.Empty(await sut.ReadAsync([key], Ct));
    }

    [Fact]
    public async Task WriteAsync_UnconditionalStar_OverwritesWhateverIsStored()
    {
        var sut = CreateSut();
        var key = Root + "doc";
        await WriteAsync(sut, key, """{"v":1}""");

        await WriteAsync(sut, key, """{"v":2}""", "*");
        await WriteAsync(sut, key, """{"v":3}""", null);

        Assert.Equal(3, (await sut.ReadAsync([key], Ct))[key].Value.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task WriteAsync_CreateOnly_WritesOnceThenThrowsConflict()
    {
        var sut = CreateSut();
        var key = Root + "doc";
        var etag = await WriteAsync(sut, key, """{"v":1}""", createOnly: true);

        var ex = await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(sut, key, """{"v":2}""", createOnly: true));

        Assert.Equal(key, ex.Key);
        var item = (await sut.ReadAsync([key], Ct))[key];
        Assert.Equal(etag, item.ETag);
        Assert.Equal(1, item.Value.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task DeleteAsync_ThenReadAsync_IsAbsentAndCanBeCreatedAgain()
    {
        var sut = CreateSut();
        var key = Root + "doc";
        await WriteAsync(sut, key, """{"v":1}""");

        await sut.DeleteAsync([key, Root + "never-existed"], Ct);

        Assert.Empty(await sut.ReadAsync([key], Ct));
        await WriteAsync(sut, key, """{"v":2}""", createOnly: true);
        Assert.Equal(2, (await sut.ReadAsync([key], Ct))[key].Value.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task WriteAsync_ManyKeysInOneCall_AllReadBackInOneCall()
    {
        var sut = CreateSut();
        var keys = Enumerable.Range(0, 12).Select(i => $"{Root}many/{i:D2}").ToList();

        var etags = await sut.WriteAsync([.. keys.Select((k, i) => new StorageWrite(k, Json($$"""{"i":{{i}}}""")))], Ct);
        var items = await sut.ReadAsync(keys, Ct);

        Assert.Equal(keys.Order(StringComparer.Ordinal), etags.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(keys.Count, items.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            Assert.Equal(i, items[keys[i]].Value.GetProperty("i").GetInt32());
            Assert.Equal(etags[keys[i]], items[keys[i]].ETag);
        }
    }

    [Fact]
    public async Task WriteAsync_ConflictInABatch_StopsAtTheConflictingItem()
    {
        var sut = CreateSut();
        await WriteAsync(sut, Root + "b", """{"v":1}""");

        var ex = await Assert.ThrowsAsync<StorageConflictException>(() => sut.WriteAsync(
            [
                new StorageWrite(Root + "a", Json("""{"v":1}""")),
                new StorageWrite(Root + "b", Json("""{"v":2}"""), CreateOnly: true),
                new StorageWrite(Root + "c", Json("""{"v":1}""")),
            ],
            Ct));

        Assert.Equal(Root + "b", ex.Key);
        var items = await sut.ReadAsync([Root + "a", Root + "b", Root + "c"], Ct);
        Assert.Equal([Root + "a", Root + "b"], items.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, items[Root + "b"].Value.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task Methods_InvalidArguments_ThrowArgumentExceptions()
    {
        var sut = CreateSut();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => sut.ReadAsync([""], Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => sut.WriteAsync([new StorageWrite("", Json("{}"))], Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => sut.WriteAsync([new StorageWrite(Root + "x", default)], Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => sut.DeleteAsync([""], Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => sut.ListKeysAsync(Root, null, 0, Ct));
        Assert.Empty(await sut.ReadAsync([Root + "x"], Ct));
    }
}
