using System.Security.Claims;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TicBot.BotKit.Connector;
using TicBot.BotKit.Schema;
using static TicBot.BotKit.Authentication.BotFrameworkAuthenticationConstants;

namespace TicBot.BotKit.Authentication;

/// <summary>
/// Checks the bearer token of an inbound Bot Framework request: the cheap structural checks first (no network),
/// then the signature against the published keys, then the Bot Framework rules for channel or Emulator tokens.
/// </summary>
internal sealed partial class BotFrameworkRequestAuthenticator : IRequestAuthenticator
{
    private readonly BotCredentialsOptions _credentials;
    private readonly OpenIdMetadataCache _channelKeys;
    private readonly OpenIdMetadataCache _emulatorKeys;
    private readonly HashSet<string> _emulatorIssuers;
    private readonly bool _acceptEmulatorTokens;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BotFrameworkRequestAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new();

    public BotFrameworkRequestAuthenticator(
        IOptions<BotCredentialsOptions> credentials,
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<BotFrameworkRequestAuthenticator> logger,
        IHostEnvironment? environment = null)
    {
        _credentials = credentials.Value;
        var settings = options.Value;
        _acceptEmulatorTokens = settings.AcceptEmulatorTokens ?? environment?.IsDevelopment() ?? false;
        _channelKeys = new OpenIdMetadataCache(settings.ChannelOpenIdMetadataUrl, httpClientFactory, settings);
        _emulatorKeys = new OpenIdMetadataCache(settings.EmulatorOpenIdMetadataUrl, httpClientFactory, settings);
        var tenants = EmulatorTenants.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(_credentials.MicrosoftAppTenantId))
        {
            tenants = tenants.Append(_credentials.MicrosoftAppTenantId.Trim());
        }

        _emulatorIssuers = tenants.SelectMany(EmulatorIssuersFor).ToHashSet(StringComparer.Ordinal);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        AuthenticationOutcome outcome;
        try
        {
            outcome = await AuthenticateCoreAsync(authorizationHeader, activity, cancellationToken);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or SecurityTokenException or System.Text.Json.JsonException)
        {
            // A claim of an unexpected JSON type surfaces lazily from the token's getters: still just a bad token.
            outcome = AuthenticationOutcome.Rejected($"the token is malformed ({ex.GetType().Name})");
        }

        // A rejection is the adapter's to log (RejectedRequestLog: Debug, and a count a minute); this is ours to fix.
        if (outcome.Status == AuthenticationStatus.Unavailable)
        {
            LogUnavailable(activity.ChannelId, outcome.Reason);
        }

        return outcome;
    }

    private async Task<AuthenticationOutcome> AuthenticateCoreAsync(string? header, Activity activity, CancellationToken cancellationToken)
    {
        if (!BearerToken.TryRead(header, out var token, out var malformed))
        {
            return AuthenticationOutcome.Rejected(malformed);
        }

        // The reply carries the connector token to this address: judge it before any network call.
        if (!ServiceUrls.TryParse(activity.ServiceUrl, out var serviceUrl))
        {
            return AuthenticationOutcome.Rejected("the activity's service URL is not an absolute http(s) URL");
        }

        if (ServiceUrls.Refusal(serviceUrl, localMode: false) is { } refused)
        {
            return AuthenticationOutcome.Rejected(refused);
        }

        if (CheckStructure(token) is { } structural)
        {
            return AuthenticationOutcome.Rejected(structural);
        }

        var isChannel = token.Issuer == ChannelIssuer;
        if (!isChannel && !_emulatorIssuers.Contains(token.Issuer))
        {
            return AuthenticationOutcome.Rejected($"issuer '{Printable(token.Issuer)}' is not trusted");
        }

        if (!isChannel && !_acceptEmulatorTokens)
        {
            return AuthenticationOutcome.Rejected("Emulator tokens are not accepted here (BotAuthentication:AcceptEmulatorTokens; by default only in Development)");
        }

        var keys = isChannel ? _channelKeys : _emulatorKeys;
        JsonWebKey? key;
        try
        {
            var configuration = await keys.GetAsync(cancellationToken);
            key = OpenIdMetadataCache.FindKey(configuration, token.Kid);
            if (key is null)
            {
                // Keys rotate: an unknown id may be a new key, so look once more (rate-limited by the cache).
                configuration = await keys.RefreshAsync(cancellationToken);
                key = OpenIdMetadataCache.FindKey(configuration, token.Kid);
            }
        }
        catch (MetadataUnavailableException ex)
        {
            return AuthenticationOutcome.Unavailable(ex.Message);
        }

        if (key is null)
        {
            return AuthenticationOutcome.Rejected($"signing key '{Printable(token.Kid)}' is not published at {keys.Address}");
        }

        var result = await _handler.ValidateTokenAsync(token, CreateParameters(isChannel, key));
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Rejected($"token validation failed ({result.Exception?.GetType().Name}: {result.Exception?.Message})");
        }

        var rule = isChannel ? CheckChannelRules(token, key, activity) : CheckEmulatorRules(token, key, activity);
        return rule is null ? AuthenticationOutcome.Accepted(result.ClaimsIdentity) : AuthenticationOutcome.Rejected(rule);
    }

    /// <summary>Algorithm, key id and lifetime, judged before any network call.</summary>
    private string? CheckStructure(JsonWebToken token)
    {
        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return $"signing algorithm '{Printable(token.Alg)}' is not allowed";
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return "the token names no signing key (kid)";
        }

        if (!token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out _))
        {
            return "the token has no expiry (exp)";
        }

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        if (token.ValidTo + ClockSkew < now)
        {
            return $"the token expired at {token.ValidTo:O}";
        }

        if (token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out _) && token.ValidFrom - ClockSkew > now)
        {
            return $"the token is not valid before {token.ValidFrom:O}";
        }

        return null;
    }

    private TokenValidationParameters CreateParameters(bool isChannel, JsonWebKey key) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = isChannel ? [ChannelIssuer] : _emulatorIssuers,

        // Emulator tokens are audienced for the Bot Framework; their app id is checked from appid/azp instead.
        ValidateAudience = isChannel,
        ValidAudience = _credentials.MicrosoftAppId,

        // Lifetime was checked against the injected clock in CheckStructure.
        ValidateLifetime = false,
        RequireSignedTokens = true,
        ValidAlgorithms = AllowedAlgorithms,
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
        ValidateIssuerSigningKey = false,
    };

    /// <summary>Token values go into logs: keep them short and on one line, whatever the sender put in.</summary>
    internal static string Printable(string? value)
    {
        const int MaxLength = 120;
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = new string(value.Take(MaxLength).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return value.Length > MaxLength ? text + "…" : text;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbound request from channel {ChannelId} cannot be authenticated: {Reason}")]
    private partial void LogUnavailable(string? channelId, string? reason);
}
