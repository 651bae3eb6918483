using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TicBot.BotKit.Storage;

/// <summary>
/// Readiness of the store for <c>/readyz</c>: one read of a probe key, bounded to 5 s. On Blob storage the
/// read also creates the container if needed, so a ready instance can write.
/// </summary>
public sealed class StorageHealthCheck(IStorage storage) : IHealthCheck
{
    /// <summary>The key read by the probe; it never needs to exist.</summary>
    public const string ProbeKey = "ticbot/health/probe";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await storage.ReadAsync([ProbeKey], timeout.Token);
            return HealthCheckResult.Healthy($"{storage.GetType().Name} answers.");
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{storage.GetType().Name} did not answer within {Timeout.TotalSeconds} s.", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{storage.GetType().Name} failed: {ex.Message}", ex);
        }
    }
}
