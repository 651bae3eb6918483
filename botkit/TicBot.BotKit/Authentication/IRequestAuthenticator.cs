using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Authentication;

/// <summary>
/// Decides whether an inbound request to <c>/api/messages</c> may be processed. In local mode (no app id)
/// requests without a token are accepted anonymously.
/// </summary>
public interface IRequestAuthenticator
{
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header, or null.</param>
    /// <param name="activity">The parsed activity (its <c>serviceUrl</c> and <c>channelId</c> are checked against the token).</param>
    Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
