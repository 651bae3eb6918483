namespace TicBot.BotKit.Authentication;

/// <summary>
/// The bot's identity, read at the configuration root under the Bot Framework's own key names. Local mode
/// (anonymous requests without an <c>Authorization</c> header, from and to loopback service URLs only, no token on
/// outbound calls) needs <b>every</b> <c>MicrosoftApp*</c> key empty: any of them without an app id stops the host.
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

    /// <summary>True when <c>MicrosoftAppType</c> was given a value (an empty one counts as not given).</summary>
    internal bool AppTypeConfigured { get; set; }

    /// <summary>True when every <c>MicrosoftApp*</c> key is empty: a half-configured identity is never local mode.</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId) && !HasCredentialWithoutAppId;

    /// <summary>True when a type, password or tenant is set although the app id is empty (a missing app setting).</summary>
    internal bool HasCredentialWithoutAppId => string.IsNullOrWhiteSpace(MicrosoftAppId)
        && (AppTypeConfigured || !string.IsNullOrWhiteSpace(MicrosoftAppPassword) || !string.IsNullOrWhiteSpace(MicrosoftAppTenantId));

    public override string ToString()
        => IsLocalMode
            ? "Local mode (no MicrosoftApp* key)"
            : $"{MicrosoftAppType} app {MicrosoftAppId}, tenant {MicrosoftAppTenantId ?? "(none)"}, password {(string.IsNullOrEmpty(MicrosoftAppPassword) ? "not set" : "set")}";
}
