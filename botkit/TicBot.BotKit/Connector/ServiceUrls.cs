using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace TicBot.BotKit.Connector;

/// <summary>
/// Which service URLs the bot may call. A service URL comes from the inbound activity, so it is untrusted input:
/// in local mode (no app id, anonymous callers) the bot answers only tools on this machine; with an app id its
/// connector token travels only over HTTPS (plain HTTP only to this machine, for tests and local tools).
/// </summary>
internal static class ServiceUrls
{
    /// <summary>An absolute http(s) URL without query, fragment or user info.</summary>
    public static bool TryParse([NotNullWhen(true)] string? serviceUrl, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(serviceUrl)
            || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(parsed.Query) || !string.IsNullOrEmpty(parsed.Fragment)
            || !string.IsNullOrEmpty(parsed.UserInfo) || string.IsNullOrEmpty(parsed.Host))
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    public static bool IsLoopback(Uri url)
        => url.IsLoopback || (IPAddress.TryParse(url.IdnHost, out var address) && IPAddress.IsLoopback(address));

    /// <summary>Null when the bot may call <paramref name="url"/>, else why not.</summary>
    /// <param name="localMode">True in local mode: loopback hosts only.</param>
    public static string? Refusal(Uri url, bool localMode)
    {
        if (localMode)
        {
            return IsLoopback(url) ? null : "in local mode (no MicrosoftAppId) the bot calls only loopback service URLs";
        }

        return url.Scheme == Uri.UriSchemeHttps || IsLoopback(url) ? null : "the connector token is sent only to https service URLs (http only on loopback)";
    }
}
