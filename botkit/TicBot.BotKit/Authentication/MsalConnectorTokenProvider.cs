using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;
using static TicBot.BotKit.Authentication.BotFrameworkAuthenticationConstants;

namespace TicBot.BotKit.Authentication;

/// <summary>
/// Gets the Bot Connector token with MSAL: client credentials (single- or multi-tenant) or a user-assigned managed
/// identity. MSAL caches too, but the last token is kept here until it nears expiry so the hot path is a field read.
/// </summary>
internal sealed partial class MsalConnectorTokenProvider : IConnectorTokenProvider, IDisposable
{
    private readonly BotCredentialsOptions _credentials;
    private readonly BotAuthenticationOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<MsalConnectorTokenProvider> _logger;
    private readonly Func<CancellationToken, Task<AuthenticationResult>> _acquire;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedToken? _cached;

    public MsalConnectorTokenProvider(
        IOptions<BotCredentialsOptions> credentials,
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<MsalConnectorTokenProvider> logger)
    {
        _credentials = credentials.Value;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        var http = new MsalHttpClientFactory(httpClientFactory);
        _acquire = _credentials.MicrosoftAppType == BotAppType.UserAssignedMSI ? CreateManagedIdentity(http) : CreateConfidentialClient(http);
    }

    /// <exception cref="InvalidOperationException">No token could be obtained (the reason is logged; no secret is).</exception>
    public async Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (TryGetCached() is { } token)
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (TryGetCached() is { } raced)
            {
                return raced;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.HttpTimeout);
            var result = await _acquire(timeout.Token);
            _cached = new CachedToken(result.AccessToken, result.ExpiresOn);
            return result.AccessToken;
        }
        catch (Exception ex) when (ex is MsalException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var code = ex is MsalException msal ? msal.ErrorCode : "timeout";
            LogTokenFailed(ex, _credentials.MicrosoftAppId, code);
            throw new InvalidOperationException($"No Bot Connector token could be obtained for app {_credentials.MicrosoftAppId} ({code}).", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private string? TryGetCached()
    {
        var cached = Volatile.Read(ref _cached);
        return cached is not null && cached.ExpiresOn - _options.TokenRenewalMargin > _timeProvider.GetUtcNow() ? cached.Token : null;
    }

    private Func<CancellationToken, Task<AuthenticationResult>> CreateConfidentialClient(IMsalHttpClientFactory http)
    {
        var tenant = _credentials.MicrosoftAppType == BotAppType.MultiTenant ? MultiTenantAuthorityTenant : _credentials.MicrosoftAppTenantId!.Trim();
        var authority = new Uri(_options.AuthorityHost, tenant);
        var app = ConfidentialClientApplicationBuilder.Create(_credentials.MicrosoftAppId)
            .WithClientSecret(_credentials.MicrosoftAppPassword)
            .WithAuthority(authority.AbsoluteUri, validateAuthority: IsPublicCloudHost)
            .WithInstanceDiscovery(IsPublicCloudHost)
            .WithHttpClientFactory(http)
            .Build();
        string[] scopes = [ConnectorScope];
        return ct => app.AcquireTokenForClient(scopes).ExecuteAsync(ct);
    }

    private Func<CancellationToken, Task<AuthenticationResult>> CreateManagedIdentity(IMsalHttpClientFactory http)
    {
        var app = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(_credentials.MicrosoftAppId))
            .WithHttpClientFactory(http)
            .Build();
        return ct => app.AcquireTokenForManagedIdentity(ConnectorResource).ExecuteAsync(ct);
    }

    // Instance discovery only knows the real clouds; a configured host (sovereign cloud, local fake) is taken as given.
    private bool IsPublicCloudHost => _options.AuthorityHost.Host.Equals("login.microsoftonline.com", StringComparison.OrdinalIgnoreCase);

    private sealed record CachedToken(string Token, DateTimeOffset ExpiresOn);

    [LoggerMessage(Level = LogLevel.Error, Message = "No Bot Connector token for app {AppId}: {ErrorCode}")]
    private partial void LogTokenFailed(Exception exception, string? appId, string errorCode);
}
