namespace TicBot.BotKit.Connector;

/// <summary>Builds connector URIs: paths appended to <c>serviceUrl</c> as given, ids URL-encoded.</summary>
internal static class ConnectorUris
{
    public static Uri Build(string serviceUrl, IReadOnlyList<string> segments, string? query = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        if (!ServiceUrls.TryParse(serviceUrl, out var baseUri))
        {
            throw new ArgumentException($"The service URL '{serviceUrl}' is not an absolute http(s) URL.", nameof(serviceUrl));
        }

        foreach (var segment in segments)
        {
            ArgumentException.ThrowIfNullOrEmpty(segment, nameof(segments));
        }

        // Concatenate rather than combine: new Uri(base, "v3/…") would drop a base path without a trailing
        // slash (Agents Playground's ends in /_connector), and the encoded ';' of channel ids must stay encoded.
        var path = string.Join('/', segments.Select(Uri.EscapeDataString));
        var uri = baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + path;
        return new Uri(string.IsNullOrEmpty(query) ? uri : uri + "?" + query, UriKind.Absolute);
    }
}
