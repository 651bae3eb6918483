using System.Text;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Tests.Storage;

/// <summary>Listing, awkward keys, big values and concurrency.</summary>
public abstract partial class StorageContractTests
{
    public static TheoryData<string> AwkwardKeys() =>
    [
        "a/b:c#d?e%f&g",
        "with spaces  and\ttab",
        "accents éèàçœ Ünïcødé 日本 🎉",
        "msteams/conversations/a:1Ab-Zq_9.x%2Fencoded;messageid=1712345678901",
        "UPPER/lower/Upper",
        "dots/./../end.",
        "trailing/",
        "//double//slashes",
        "19:" + new string('x', 420) + "@thread.tacv2",
        "long/" + string.Concat(Enumerable.Repeat("é/:#?", 120)),
    ];

    [Theory]
    [MemberData(nameof(AwkwardKeys))]
    public async Task WriteAsync_AwkwardKey_RoundTripsAndIsListed(string suffix)
    {
        var sut = CreateSut();
        var key = Root + suffix;
        var neighbour = Root + suffix.ToUpperInvariant() + "!";

        await WriteAsync(sut, key, """{"v":"k"}""");
        await WriteAsync(sut, neighbour, """{"v":"n"}""");

        Assert.Equal("k", (await sut.ReadAsync([key], Ct))[key].Value.GetProperty("v").GetString());
        Assert.Equal("n", (await sut.ReadAsync([neighbour], Ct))[neighbour].Value.GetProperty("v").GetString());
        var listed = await sut.ListKeysAsync(key, null, 10, Ct);
        Assert.Contains(key, listed.Keys);
        Assert.All(listed.Keys, k => Assert.StartsWith(key, k, StringComparison.Ordinal));
        await sut.DeleteAsync([key], Ct);
        Assert.Empty(await sut.ReadAsync([key], Ct));
        Assert.Single(await sut.ReadAsync([neighbour], Ct));
    }

    [Fact]
    public async Task Methods_KeyWithALoneSurrogate_ThrowArgumentException()
    {
        var sut = CreateSut();
        var key = Root + "broken-\uD83D-surrogate";

        await Assert.ThrowsAsync<ArgumentException>(() => WriteAsync(sut, key, "{}"));
        await Assert.ThrowsAsync<ArgumentException>(() => sut.ReadAsync([key], Ct));
        Assert.Empty((await sut.ListKeysAsync(Root, null, 10, Ct)).Keys);
    }

    [Fact]
    public async Task ListKeysAsync_Prefix_ReturnsMatchingKeysInBlobNameOrder()
    {
        var sut = CreateSut();
        string[] keys = ["p/b", "p/a", "p/B", "p/a/1", "p/ab", "p/é", "q/a", "p"];
        foreach (var key in keys)
        {
            await WriteAsync(sut, Root + key, "{}");
        }

        var all = await sut.ListKeysAsync(Root + "p", null, 100, Ct);
        var underA = await sut.ListKeysAsync(Root + "p/a", null, 100, Ct);
        var underAFolder = await sut.ListKeysAsync(Root + "p/a/", null, 100, Ct);
        var none = await sut.ListKeysAsync(Root + "z", null, 100, Ct);

        // Names "p", "p%2F%C3%A9", "p%2FB", "p%2Fa", "p%2Fa%2F1", "p%2Fab", "p%2Fb": an escaped character sorts first.
        Assert.Equal(new[] { "p", "p/é", "p/B", "p/a", "p/a/1", "p/ab", "p/b" }.Select(k => Root + k), all.Keys);
        Assert.Null(all.ContinuationToken);
        Assert.Equal(new[] { "p/a", "p/a/1", "p/ab" }.Select(k => Root + k), underA.Keys);
        Assert.Equal([Root + "p/a/1"], underAFolder.Keys);
        Assert.Empty(none.Keys);
        Assert.Null(none.ContinuationToken);
    }

    [Fact]
    public async Task ListKeysAsync_OneKeyPages_FollowTheOrderOfOnePage()
    {
        var sut = CreateSut();
        string[] keys = ["x/2027-04-01", "x/2027-03-15", "x/a b", "x/Z", "x/_", "x/-", "x/~", "x/日本", "x/" + new string('é', 200)];
        foreach (var key in keys)
        {
            await WriteAsync(sut, Root + key, "{}");
        }

        var whole = await sut.ListKeysAsync(Root + "x/", null, 100, Ct);
        var paged = await sut.ListAllKeysAsync(Root + "x/", 1, Ct).ToListAsync(Ct);

        Assert.Equal(keys.Length, whole.Keys.Count);
        Assert.Equal(whole.Keys, paged);
        Assert.True(paged.IndexOf(Root + "x/2027-03-15") < paged.IndexOf(Root + "x/2027-04-01"));
    }

    [Fact]
    public async Task ListKeysAsync_Paging_VisitsEveryKeyOnceInOrder()
    {
        var sut = CreateSut();
        var keys = Enumerable.Range(0, 11).Select(i => $"{Root}page/{(char)('a' + (i * 7 % 11))}").ToList();
        foreach (var key in keys)
        {
            await WriteAsync(sut, key, "{}");
        }

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await sut.ListKeysAsync(Root + "page/", token, 4, Ct);
            Assert.InRange(page.Keys.Count, 1, 4);
            seen.AddRange(page.Keys);
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(keys.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task WriteAsync_OneMegabyteValue_RoundTrips()
    {
        var sut = CreateSut();
        var key = Root + "big";
        var text = new StringBuilder(1_048_576);
        while (text.Length < 1_048_576)
        {
            text.Append("Schéma directeur ");
        }

        var json = $$"""{"text":"{{text}}"}""";
        await WriteAsync(sut, key, json);
        var item = (await sut.ReadAsync([key], Ct))[key];

        Assert.Equal(text.ToString(), item.Value.GetProperty("text").GetString());
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWritersWithOneETag_ExactlyOneWinsEachRound()
    {
        var sut = CreateSut();
        var key = Root + "contended";
        var etag = await WriteAsync(sut, key, """{"winner":-1}""");
        const int Writers = 6;

        for (var round = 0; round < 4; round++)
        {
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var attempts = Enumerable.Range(0, Writers).Select(async writer =>
            {
                await start.Task;
                try
                {
                    return (Writer: writer, ETag: await WriteAsync(sut, key, $$"""{"winner":{{writer}}}""", etag));
                }
                catch (StorageConflictException ex)
                {
                    Assert.Equal(key, ex.Key);
                    return (Writer: writer, ETag: (string?)null);
                }
            }).ToList();
            start.SetResult();
            var results = await Task.WhenAll(attempts);

            var winner = Assert.Single(results, r => r.ETag is not null);
            var stored = (await sut.ReadAsync([key], Ct))[key];
            Assert.Equal(winner.ETag, stored.ETag);
            Assert.Equal(winner.Writer, stored.Value.GetProperty("winner").GetInt32());
            etag = stored.ETag;
        }
    }

    [Fact]
    public async Task Methods_CancelledToken_ThrowOperationCanceled()
    {
        var sut = CreateSut();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.ReadAsync([Root + "x"], cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.WriteAsync([new StorageWrite(Root + "x", Json("{}"))], cancelled.Token));
        Assert.Empty(await sut.ReadAsync([Root + "x"], Ct));
    }
}
