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
        var listed = await sut.ListKeysAsync(Root, null, 10, TestContext.Current.CancellationToken);

        Assert.Equal(1, items[key].Value.GetProperty("v").GetInt32());
        Assert.Equal([key], listed.Keys);
    }

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
