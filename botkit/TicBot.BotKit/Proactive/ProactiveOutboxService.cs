using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TicBot.BotKit.Proactive;

/// <summary>Runs the outbox: a tick, then sleep until the next send is allowed or something arrives.</summary>
internal sealed class ProactiveOutboxService(ProactiveOutbox outbox, TimeProvider timeProvider, ILogger<ProactiveOutboxService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    outbox.RunDue(stoppingToken);
                    await outbox.WaitForWorkAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A defect in a tick must not stop proactive messaging for the life of the process.
                    logger.LogError(ex, "The proactive outbox tick failed");
                    await Task.Delay(TimeSpan.FromSeconds(1), timeProvider, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            outbox.CancelWaiting();
        }
    }
}
