namespace TicBot.BotKit.Authentication;

/// <summary>
/// The bot's identity, read at the configuration root under the Bot Framework's own key names. An empty
/// <see cref="MicrosoftAppId"/> means local mode: anonymous requests accepted, no token on outbound calls.
/// </summary>
/// <remarks>Validated when the host starts; <see cref="ToString"/> never shows the password.</remarks>
public sealed class BotCredentialsOptions
{
    /// <value>Defaults to <see cref="BotAppType.SingleTenant"/>, also when the key is present but empty (as in the Bot Framework templates).</value>
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.SingleTenant;

    /// <value>The app registration's client id (or the managed identity's client id); empty for local mode.</value>
    public string? MicrosoftAppId { get; set; }

    /// <value>The client secret; required for single- and multi-tenant bots, forbidden for a managed identity.</value>
    public string? MicrosoftAppPassword { get; set; }

    /// <value>The tenant of the app registration; required for single-tenant bots and managed identities.</value>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>A <c>MicrosoftAppType</c> value that is none of the known ones, kept for the start-up validation message.</summary>
    internal string? UnknownAppType { get; set; }

    /// <summary>True when no app id is configured.</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public override string ToString()
        => IsLocalMode
            ? "Local mode (no MicrosoftAppId)"
            : $"{MicrosoftAppType} app {MicrosoftAppId}, tenant {MicrosoftAppTenantId ?? "(none)"}, password {(string.IsNullOrEmpty(MicrosoftAppPassword) ? "not set" : "set")}";
}
