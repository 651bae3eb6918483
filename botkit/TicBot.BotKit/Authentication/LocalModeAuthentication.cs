using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Authentication;

/// <summary>
/// Local mode (empty app id), as Bot Framework Emulator and Agents Playground use it: every request is
/// accepted anonymously and outbound calls carry no token.
/// </summary>
public sealed class LocalModeAuthentication : IRequestAuthenticator, IConnectorTokenProvider
{
    public Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
        => Task.FromResult(AuthenticationOutcome.Anonymous);

    public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
