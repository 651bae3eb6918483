namespace TicBot.Dialogs.Tests.Conversation;

/// <summary>The harness's clock: waits move it by exactly what they wait, timeouts are left alone.</summary>
public sealed class ConversationHarnessTests
{
    [Fact]
    public async Task RunClock_Delays_AdvanceTheClockByExactlyTheirDuration()
    {
        var sut = new ConversationHarness();
        var start = sut.Time.GetUtcNow();

        using (sut.RunClock())
        {
            await Task.Delay(TimeSpan.FromMinutes(5), sut.Time, TestContext.Current.CancellationToken);
            await Task.Delay(TimeSpan.FromMilliseconds(37), sut.Time, TestContext.Current.CancellationToken);
        }

        Assert.Equal(TimeSpan.FromMinutes(5) + TimeSpan.FromMilliseconds(37), sut.Time.GetUtcNow() - start);
    }

    [Fact]
    public void RunClock_Timeout_IsNotAdvanced()
    {
        var sut = new ConversationHarness();
        var start = sut.Time.GetUtcNow();

        using (sut.RunClock())
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30), sut.Time);
            Assert.False(timeout.IsCancellationRequested);
        }

        Assert.Equal(start, sut.Time.GetUtcNow());
    }

    [Fact]
    public void RunClock_Disposed_DelaysWaitForTheTestToAdvance()
    {
        var sut = new ConversationHarness();
        using (sut.RunClock())
        {
        }

        var delay = Task.Delay(TimeSpan.FromSeconds(1), sut.Time, TestContext.Current.CancellationToken);

        Assert.False(delay.IsCompleted);
        sut.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(delay.IsCompletedSuccessfully);
    }
}
