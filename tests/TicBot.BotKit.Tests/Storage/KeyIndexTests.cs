using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Tests.Storage;

public sealed class KeyIndexTests
{
    [Fact]
    public async Task EndBuild_ChangesMadeDuringTheBuild_AreReplayedOverWhatItFound()
    {
        var sut = KeyIndex.BeginBuild();
        sut.Add("k/written-during-build");
        sut.Remove("k/deleted-during-build");
        sut.Add("k/recreated");
        sut.Remove("k/recreated");
        sut.Add("k/recreated");

        Assert.False(sut.Built.IsCompleted);
        sut.EndBuild(["k/deleted-during-build", "k/untouched", "k/untouched"]);
        await sut.Built;

        Assert.Equal(["k/recreated", "k/untouched", "k/written-during-build"], sut.Page("k/", null, 10).Keys);
    }

    [Fact]
    public void Page_WhileBuilding_Throws()
    {
        var sut = KeyIndex.BeginBuild();

        Assert.Throws<InvalidOperationException>(() => sut.Page("", null, 10));
    }

    [Fact]
    public async Task FailBuild_Error_ReachesWhoAwaitsTheIndex()
    {
        var sut = KeyIndex.BeginBuild();

        sut.FailBuild(new IOException("folder gone"));

        Assert.Equal("folder gone", (await Assert.ThrowsAsync<IOException>(() => sut.Built)).Message);
    }

    [Fact]
    public void Page_ContinuationOfADeletedKey_ResumesAfterItsPlace()
    {
        var sut = new KeyIndex();
        foreach (var key in new[] { "p/a", "p/b", "p/c", "q/a" })
        {
            sut.Add(key);
        }

        var first = sut.Page("p/", null, 2);
        sut.Remove("p/b");
        var second = sut.Page("p/", first.ContinuationToken, 2);

        Assert.Equal(["p/a", "p/b"], first.Keys);
        Assert.Equal(["p/c"], second.Keys);
        Assert.Null(second.ContinuationToken);
    }
}
