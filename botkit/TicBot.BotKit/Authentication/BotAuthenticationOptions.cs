namespace TicBot.BotKit.Authentication;

/// <summary>
/// Endpoints and timings of Bot Framework authentication (configuration section <c>BotAuthentication</c>).
/// The defaults are the public-cloud endpoints; tests point them at local fakes.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "BotAuthentication";

    /// <value>OpenID metadata of channel tokens; defaults to <c>https://login.botframework.com/v1/.well-known/openidconfiguration</c>.
    /// Plain HTTP is accepted only for a loopback host.</value>
    public Uri ChannelOpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <value>OpenID metadata of Emulator tokens (Microsoft identity platform); defaults to
    /// <c>https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration</c>.</value>
    public Uri EmulatorOpenIdMetadataUrl { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <value>Whether tokens the Bot Framework Emulator gets from the Microsoft identity platform are accepted besides
    /// channel tokens. Null (the default) accepts them only when the host's environment is Development; set
    /// <c>BotAuthentication:AcceptEmulatorTokens</c> to decide explicitly. Without an app id nothing is authenticated at all.</value>
    public bool? AcceptEmulatorTokens { get; set; }

    /// <value>Host of the token authority for outbound calls; defaults to <c>https://login.microsoftonline.com</c>. Must be HTTPS.</value>
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com");

    /// <value>Longest wait for metadata, keys or a token before giving up; defaults to 5 seconds (0.1 s to 60 s).</value>
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <value>How often the signing keys are fetched again even when all is well; defaults to 12 hours (at least 5 minutes).</value>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <value>Least time between two refreshes caused by an unknown key id; defaults to 5 minutes (at least 1 second).</value>
    public TimeSpan MetadataMinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <value>An outbound token is renewed when it expires within this margin; defaults to 5 minutes (0 to 30 minutes).</value>
    public TimeSpan TokenRenewalMargin { get; set; } = TimeSpan.FromMinutes(5);
}
