namespace TicBot.BotKit.Tests.Proactive;

/// <summary>Waits for a condition that background work makes true, bounded in real time.</summary>
internal static class TestWait
{
    public static async Task UntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(5, limit.Token);
        }
    }
}
