using System.Security.Claims;

namespace TicBot.BotKit.Authentication;

/// <summary>The verdict on an inbound request.</summary>
/// <param name="Status">Accepted, rejected (401) or undecidable because keys could not be fetched (503).</param>
/// <param name="Identity">The caller's claims when accepted (anonymous in local mode).</param>
/// <param name="Reason">Why it was rejected, for the logs (never the token itself).</param>
public sealed record AuthenticationOutcome(AuthenticationStatus Status, ClaimsIdentity? Identity, string? Reason)
{
    public static AuthenticationOutcome Anonymous { get; } = new(AuthenticationStatus.Accepted, new ClaimsIdentity(), null);

    public static AuthenticationOutcome Accepted(ClaimsIdentity identity) => new(AuthenticationStatus.Accepted, identity, null);

    public static AuthenticationOutcome Rejected(string reason) => new(AuthenticationStatus.Rejected, null, reason);

    public static AuthenticationOutcome Unavailable(string reason) => new(AuthenticationStatus.Unavailable, null, reason);
}

/// <summary>See <see cref="AuthenticationOutcome.Status"/>.</summary>
public enum AuthenticationStatus
{
    Accepted,
    Rejected,
    Unavailable,
}
