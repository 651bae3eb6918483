using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Tests.Storage;

public sealed class KeyedAsyncLockTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AcquireAsync_SameKey_WaitsForTheHolderWithoutBlockingOtherKeys()
    {
        var sut = new KeyedAsyncLock();
        var first = await sut.AcquireAsync("a", Ct);

        var second = sut.AcquireAsync("a", Ct);
        using (await sut.AcquireAsync("b", Ct))
        {
            Assert.False(second.IsCompleted);
        }

        first.Dispose();
        (await second).Dispose();
        Assert.Equal(0, sut.ActiveKeys);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_ThrowsAndLeavesNoEntryBehind()
    {
        var sut = new KeyedAsyncLock();
        var holder = await sut.AcquireAsync("a", Ct);
        using var cancel = new CancellationTokenSource();

        var waiting = sut.AcquireAsync("a", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(1, sut.ActiveKeys);
        holder.Dispose();
        holder.Dispose();
        Assert.Equal(0, sut.ActiveKeys);
        using (await sut.AcquireAsync("a", Ct))
        {
            Assert.Equal(1, sut.ActiveKeys);
        }
    }
}
