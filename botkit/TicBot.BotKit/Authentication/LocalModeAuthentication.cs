using TicBot.BotKit.Connector;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Authentication;

/// <summary>
/// Local mode (every <c>MicrosoftApp*</c> key empty), as Bot Framework Emulator and Agents Playground use it: a
/// request is accepted anonymously when it carries no <c>Authorization</c> header (the SDKs accept anonymous callers
/// only without one) and names a loopback service URL; outbound calls carry no token.
/// </summary>
public sealed class LocalModeAuthentication : IRequestAuthenticator, IConnectorTokenProvider
{
    public Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (authorizationHeader is not null)
        {
            // A caller presenting credentials expects them to be checked; local mode cannot, so it refuses them.
            return Task.FromResult(AuthenticationOutcome.Rejected("local mode (no MicrosoftAppId) accepts only requests without an Authorization header"));
        }

        if (!ServiceUrls.TryParse(activity.ServiceUrl, out var serviceUrl) || !ServiceUrls.IsLoopback(serviceUrl))
        {
            return Task.FromResult(AuthenticationOutcome.Rejected("local mode (no MicrosoftAppId) serves only activities whose service URL is on this machine"));
        }

        return Task.FromResult(AuthenticationOutcome.Anonymous);
    }

    public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
