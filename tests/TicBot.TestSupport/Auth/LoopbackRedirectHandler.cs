namespace TicBot.TestSupport.Auth;

/// <summary>
/// Sends every request to a local fake, keeping path and query: MSAL insists on an HTTPS authority, so tests
/// configure one (e.g. <c>https://login.test.invalid</c>) and this handler delivers its requests to Kestrel over HTTP.
/// </summary>
public sealed class LoopbackRedirectHandler(Uri target) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var builder = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port };
        request.RequestUri = builder.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
