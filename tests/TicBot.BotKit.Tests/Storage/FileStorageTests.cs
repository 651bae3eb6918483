using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Tests.Storage;

public sealed class FileStorageTests : StorageContractTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ticbot-filestorage-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    protected override IStorage CreateSut() => new FileStorage(_folder);

    [Fact]
    public async Task ReadAsync_LeftoverTempFileFromAKilledWrite_IsIgnored()
    {
        var sut = new FileStorage(_folder);
        var key = Root + "doc";
        await WriteAsync(sut, key, """{"v":1}""");
        var file = Assert.Single(Directory.GetFiles(_folder));
        // What a process killed between create and rename leaves: a torn temporary beside the real file.
        await File.WriteAllTextAsync(file + ".tmp-0123456789abcdef", """{"key":"x","etag":""", TestContext.Current.CancellationToken);

        var items = await sut.ReadAsync([key], TestContext.Current.CancellationToken);
        var restarted = new FileStorage(_folder);
        var listed = await sut.ListKeysAsync(Root, null, 10, TestContext.Current.CancellationToken);

        Assert.Equal(1, items[key].Value.GetProperty("v").GetInt32());
        Assert.Equal([key], listed.Keys);
        Assert.Single(Directory.GetFiles(_folder));
        Assert.Equal(1, (await restarted.ReadAsync([key], TestContext.Current.CancellationToken))[key].Value.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task ReadAsync_WhileAnotherThreadRewritesTheFile_AlwaysSeesAWholeDocument()
    {
        var sut = new FileStorage(_folder);
        var key = Root + "busy";
        var ct = TestContext.Current.CancellationToken;
        await WriteAsync(sut, key, Padded(0));
        using var stop = new CancellationTokenSource();

        var writer = Task.Run(async () =>
        {
            for (var n = 1; n <= 40; n++)
            {
                await WriteAsync(sut, key, Padded(n));
            }

            await stop.CancelAsync();
        }, ct);
        var reads = 0;
        while (!stop.IsCancellationRequested)
        {
            var value = (await sut.ReadAsync([key], ct))[key].Value;
            var n = value.GetProperty("n").GetInt32();
            Assert.Equal(new string((char)('a' + (n % 26)), 200_000), value.GetProperty("pad").GetString());
            reads++;
        }

        await writer;
        Assert.True(reads > 0);
        Assert.Equal(40, (await sut.ReadAsync([key], ct))[key].Value.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task ListKeysAsync_ForeignFilesInTheFolder_AreSkipped()
    {
        var sut = new FileStorage(_folder);
        var ct = TestContext.Current.CancellationToken;
        await WriteAsync(sut, Root + "mine", "{}");
        await File.WriteAllTextAsync(Path.Combine(_folder, "t%zz.json"), "not json", ct);
        await File.WriteAllTextAsync(Path.Combine(_folder, "t~0123.json"), "{}", ct);
        await File.WriteAllTextAsync(Path.Combine(_folder, "t~4567.json"), "", ct);

        var page = await new FileStorage(_folder).ListKeysAsync("t", null, 10, ct);

        Assert.Equal([Root + "mine"], page.Keys);
    }

    [Fact]
    public async Task ListKeysAsync_EveryPage_ReadsNoFolderAndNoFile()
    {
        var ct = TestContext.Current.CancellationToken;
        // Long Teams-like ids: most names are shortened, so their keys can only be learnt by reading the file.
        var keys = Enumerable.Range(0, 200).Select(i => $"{Root}msteams/conversations/19:{i:d4}{new string('x', 60)}@thread.tacv2;messageid=1712345678901").ToList();
        var writer = new FileStorage(_folder);
        await Parallel.ForEachAsync(keys.Chunk(50), ct, async (chunk, token) => await writer.WriteAsync([.. chunk.Select(k => new StorageWrite(k, Json("{}")))], token));
        await WriteAsync(writer, Root + "other/one", "{}");

        var sut = new FileStorage(_folder);
        var first = await sut.ListKeysAsync(Root + "msteams/", null, 25, ct);
        var opening = (sut.FolderReads, sut.KeyFileReads);
        var seen = first.Keys.ToList();
        for (var token = first.ContinuationToken; token is not null;)
        {
            var page = await sut.ListKeysAsync(Root + "msteams/", token, 25, ct);
            seen.AddRange(page.Keys);
            token = page.ContinuationToken;
        }

        Assert.Equal(keys, seen);
        Assert.Equal((1, 200), opening);
        Assert.Equal(opening, (sut.FolderReads, sut.KeyFileReads));
    }

    [Fact]
    public async Task ListKeysAsync_AfterWritesAndDeletes_ListsWhatTheFolderHolds()
    {
        var ct = TestContext.Current.CancellationToken;
        var sut = new FileStorage(_folder);
        await WriteAsync(sut, Root + "a", "{}");
        await WriteAsync(sut, Root + "b", "{}");
        await WriteAsync(sut, Root + "b", "{}");
        await sut.DeleteAsync([Root + "a", Root + "never-written"], ct);

        var listed = await sut.ListKeysAsync(Root, null, 10, ct);
        var reopened = await new FileStorage(_folder).ListKeysAsync(Root, null, 10, ct);

        Assert.Equal([Root + "b"], listed.Keys);
        Assert.Equal(listed.Keys, reopened.Keys);
    }

    private static string Padded(int n) => "{\"n\":" + n + ",\"pad\":\"" + new string((char)('a' + (n % 26)), 200_000) + "\"}";

    [Fact]
    public async Task WriteAsync_NewInstanceOnSameFolder_SeesTheSameDocuments()
    {
        var key = Root + "msteams/conversations/19:" + new string('z', 400);
        var etag = await WriteAsync(new FileStorage(_folder), key, """{"v":1}""");

        var sut = new FileStorage(_folder);

        Assert.Equal(etag, (await sut.ReadAsync([key], TestContext.Current.CancellationToken))[key].ETag);
        Assert.Equal([key], (await sut.ListKeysAsync(Root + "msteams/", null, 10, TestContext.Current.CancellationToken)).Keys);
        Assert.All(Directory.GetFiles(_folder), f => Assert.InRange(Path.GetFileName(f).Length, 1, 200));
    }
}
