namespace TicBot.Bot.Legal;

/// <summary>
/// What the bot tells the public about itself (configuration section <c>Bot</c>): the one public address used by the
/// app package, the privacy and terms pages and download links (DESIGN decision 14), and who answers for the data.
/// Validated when the host starts by <see cref="PublicSiteOptionsValidator"/>.
/// </summary>
public sealed class PublicSiteOptions
{
    /// <summary>The default public address: the local bot.</summary>
    public const string DefaultPublicBaseUrl = "http://localhost:3978";

    /// <summary>
    /// The address at which Teams and browsers reach this bot, with an optional path (a reverse proxy's prefix) and no
    /// query. An absolute <c>https</c> address; <c>http://localhost</c> only in local mode (no <c>MicrosoftAppId</c>).
    /// </summary>
    /// <value><c>http://localhost:3978</c>.</value>
    public string PublicBaseUrl { get; set; } = DefaultPublicBaseUrl;

    /// <summary>The controller of the data (« responsable du traitement »): the collectivité or body that runs TicBot.</summary>
    /// <value>Empty: the pages then say to ask the collectivité, and a warning is logged at start outside local mode.</value>
    public string? ControllerName { get; set; }

    /// <summary>How to reach the data protection officer: an e-mail address or an <c>https</c> page.</summary>
    /// <value>Empty: as for <see cref="ControllerName"/>.</value>
    public string? DpoContact { get; set; }

    /// <summary>Where the storage is, in words (for example « Microsoft Azure, région France Central »).</summary>
    /// <value>Empty: the pages name the kind of storage only.</value>
    public string? DataLocation { get; set; }

    /// <summary>The absolute address of <paramref name="path"/> under <see cref="PublicBaseUrl"/>.</summary>
    /// <exception cref="UriFormatException"><see cref="PublicBaseUrl"/> is not an absolute address (the validator refuses it at start).</exception>
    public Uri Link(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new Uri(PublicBaseUrl.TrimEnd('/') + "/" + path.TrimStart('/'), UriKind.Absolute);
    }

    /// <summary>True when <see cref="DpoContact"/> is an e-mail address (rather than a page).</summary>
    internal bool DpoIsEmail => DpoContact is { } contact && !contact.Contains("://", StringComparison.Ordinal);
}
