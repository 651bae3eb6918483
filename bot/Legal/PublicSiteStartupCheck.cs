using Microsoft.Extensions.Options;
using TicBot.BotKit.Authentication;

namespace TicBot.Bot.Legal;

/// <summary>
/// Says at start, outside local mode, when the privacy page cannot name the controller or the DPO: a bot published
/// in Teams owes its users both (GDPR article 13), but a missing name must not keep it from answering.
/// </summary>
internal sealed class PublicSiteStartupCheck(IOptions<PublicSiteOptions> site, IOptions<BotCredentialsOptions> credentials, ILogger<PublicSiteStartupCheck> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!credentials.Value.IsLocalMode)
        {
            foreach (var (key, value) in new[] { ("Bot:ControllerName", site.Value.ControllerName), ("Bot:DpoContact", site.Value.DpoContact) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    logger.LogWarning("{Key} is empty: the privacy and terms pages cannot name it", key);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
