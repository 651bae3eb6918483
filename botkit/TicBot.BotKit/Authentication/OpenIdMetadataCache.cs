using System.Diagnostics;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TicBot.BotKit.Authentication;

/// <summary>
/// One OpenID metadata document and its key set, cached by <see cref="ConfigurationManager{T}"/> (periodic refresh,
/// rate-limited refresh on demand), with every wait bounded so a dead endpoint gives a quick 503, never a hang.
/// </summary>
internal sealed class OpenIdMetadataCache
{
    private static readonly TimeSpan RefreshSlack = TimeSpan.FromSeconds(1);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly SignalingConfigurationRetriever _retriever = new();
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _minimumRefreshInterval;
    private readonly Lock _refreshLock = new();
    private Task<OpenIdConnectConfiguration?>? _pendingRefresh;
    private long? _lastRefreshTimestamp;

    public OpenIdMetadataCache(Uri metadataUrl, IHttpClientFactory httpClientFactory, BotAuthenticationOptions options)
    {
        Address = metadataUrl;
        _timeout = options.HttpTimeout;
        _minimumRefreshInterval = options.MetadataMinimumRefreshInterval;
        var documents = new PooledDocumentRetriever(httpClientFactory, metadataUrl.Scheme == Uri.UriSchemeHttps);
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl.AbsoluteUri, _retriever, documents)
        {
            AutomaticRefreshInterval = options.MetadataRefreshInterval,
            RefreshInterval = options.MetadataMinimumRefreshInterval,
        };
    }

    public Uri Address { get; }

    /// <exception cref="MetadataUnavailableException">The document or its keys could not be fetched within the timeout.</exception>
    public async Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _manager.GetConfigurationAsync(cancellationToken).WaitAsync(_timeout, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new MetadataUnavailableException($"signing keys from {Address} could not be fetched ({Describe(ex)})", ex);
        }
    }

    /// <summary>
    /// Asks for fresh keys (after an unknown key id) and waits, bounded, for that fetch; requests closer together than
    /// the minimum refresh interval share the fetch in flight or get the cached keys, so unknown ids cannot flood the
    /// endpoint nor stall requests.
    /// </summary>
    /// <exception cref="MetadataUnavailableException">The refresh failed or timed out: the key may exist but cannot be checked.</exception>
    public async Task<OpenIdConnectConfiguration> RefreshAsync(CancellationToken cancellationToken)
    {
        Task<OpenIdConnectConfiguration?>? fetch = null;
        lock (_refreshLock)
        {
            if (_pendingRefresh is { IsCompleted: false })
            {
                fetch = _pendingRefresh;
            }
            else if (_lastRefreshTimestamp is not { } last || Stopwatch.GetElapsedTime(last) >= _minimumRefreshInterval + RefreshSlack)
            {
                // The manager refreshes in the background and keeps its own limit on the same (real) clock; the slack
                // keeps us from asking when it would refuse, which would make us wait for a fetch that never starts.
                _lastRefreshTimestamp = Stopwatch.GetTimestamp();
                fetch = _pendingRefresh = _retriever.NextCompletion();
                _manager.RequestRefresh();
            }
        }

        if (fetch is null)
        {
            return await GetAsync(cancellationToken);
        }

        OpenIdConnectConfiguration? fresh;
        try
        {
            fresh = await fetch.WaitAsync(_timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            fresh = null;
        }

        // The fetched document itself, not the manager's copy: the manager stores it only after our signal, so asking
        // it now could still return the old keys (a race seen as a rejected, freshly published key).
        return fresh ?? throw new MetadataUnavailableException($"signing keys from {Address} could not be refreshed for an unknown key id", null);
    }

    /// <summary>The key with this id from the key set, as a signing key carrying its raw JSON members (endorsements).</summary>
    public static JsonWebKey? FindKey(OpenIdConnectConfiguration configuration, string keyId)
        => configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));

    private static string Describe(Exception ex) => ex switch
    {
        TimeoutException => "timed out",
        TaskCanceledException => "timed out",
        _ => ex.InnerException is { } inner ? $"{ex.GetType().Name}: {inner.Message}" : $"{ex.GetType().Name}: {ex.Message}",
    };

    /// <summary>Lets <see cref="RefreshAsync"/> wait for the background fetch that <c>RequestRefresh</c> starts.</summary>
    private sealed class SignalingConfigurationRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
    {
        private TaskCompletionSource<OpenIdConnectConfiguration?> _completion = NewCompletion();

        /// <summary>Completes with the document the next fetch gets, or null when it fails.</summary>
        public Task<OpenIdConnectConfiguration?> NextCompletion() => Volatile.Read(ref _completion).Task;

        public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
        {
            OpenIdConnectConfiguration? configuration = null;
            try
            {
                configuration = await OpenIdConnectConfigurationRetriever.GetAsync(address, retriever, cancel);
                return configuration;
            }
            finally
            {
                Interlocked.Exchange(ref _completion, NewCompletion()).TrySetResult(configuration);
            }
        }

        private static TaskCompletionSource<OpenIdConnectConfiguration?> NewCompletion() => new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Takes a fresh client from the factory for each document, so handler rotation (DNS changes) applies.</summary>
    private sealed class PooledDocumentRetriever(IHttpClientFactory factory, bool requireHttps) : IDocumentRetriever
    {
        public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
            => new HttpDocumentRetriever(factory.CreateClient(BotFrameworkAuthenticationServiceCollectionExtensions.HttpClientName)) { RequireHttps = requireHttps }
                .GetDocumentAsync(address, cancel);
    }
}
