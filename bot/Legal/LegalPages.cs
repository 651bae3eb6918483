using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Storage;

namespace TicBot.Bot.Legal;

/// <summary>
/// The privacy and terms pages, rendered once from the templates in <c>Pages/</c> (embedded) and the configuration:
/// well-formed HTML5 with its language, headings and one inline style, and nothing loaded from elsewhere.
/// </summary>
internal sealed class LegalPages
{
    private const string Style = "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:46rem;margin:0 auto;padding:1rem 1.25rem;color:#1b1b1b}"
        + "h1{color:#1F4E8C;font-size:1.7rem}h2{font-size:1.25rem;margin-top:2rem}a{color:#1F4E8C}nav{text-align:right}";

    private readonly Dictionary<(LegalPage, UserLanguage), string> _html = [];

    public LegalPages(IOptions<PublicSiteOptions> site, IOptions<StorageOptions> storage)
    {
        ContentSecurityPolicy = "default-src 'none'; style-src 'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))
            + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        foreach (var page in Enum.GetValues<LegalPage>())
        {
            foreach (var language in Enum.GetValues<UserLanguage>())
            {
                _html[(page, language)] = Render(page, language, site.Value, storage.Value.Provider);
            }
        }
    }

    /// <summary>Allows the page's own style and nothing else.</summary>
    public string ContentSecurityPolicy { get; }

    public string Html(LegalPage page, UserLanguage language) => _html[(page, language)];

    private static string Render(LegalPage page, UserLanguage language, PublicSiteOptions site, StorageProvider provider)
    {
        var controller = Encode(string.IsNullOrWhiteSpace(site.ControllerName) ? LegalPageTexts.UnnamedController.For(language) : site.ControllerName.Trim());
        var storage = (provider switch
        {
            StorageProvider.Blob => LegalPageTexts.StorageBlob,
            StorageProvider.Memory => LegalPageTexts.StorageMemory,
            _ => LegalPageTexts.StorageFile,
        }).For(language);
        if (!string.IsNullOrWhiteSpace(site.DataLocation))
        {
            storage += LegalPageTexts.DataLocation.Format(language, Encode(site.DataLocation.Trim()));
        }

        var other = language == UserLanguage.English ? UserLanguage.French : UserLanguage.English;
        var body = Template($"{page.ToString().ToLowerInvariant()}.{LegalPageLanguage.Tag(language)}.html")
            .Replace("{{controller}}", controller, StringComparison.Ordinal)
            .Replace("{{storage}}", storage, StringComparison.Ordinal)
            .Replace("{{retention}}", Encode(LegalPageTexts.RetentionDefault.For(language)), StringComparison.Ordinal)
            .Replace("{{dpo}}", Dpo(site, language), StringComparison.Ordinal);
        return Template("layout.html")
            .Replace("{{lang}}", LegalPageLanguage.Tag(language), StringComparison.Ordinal)
            .Replace("{{title}}", Encode((page == LegalPage.Privacy ? LegalPageTexts.PrivacyTitle : LegalPageTexts.TermsTitle).For(language)), StringComparison.Ordinal)
            .Replace("{{style}}", Style, StringComparison.Ordinal)
            .Replace("{{navigation}}", LegalPageTexts.LanguageNavigation.For(language), StringComparison.Ordinal)
            .Replace("{{other}}", LegalPageLanguage.Tag(other), StringComparison.Ordinal)
            .Replace("{{otherName}}", LegalPageTexts.OtherLanguage.For(language), StringComparison.Ordinal)
            .Replace("{{body}}", body.TrimEnd(), StringComparison.Ordinal);
    }

    private static string Dpo(PublicSiteOptions site, UserLanguage language)
    {
        if (string.IsNullOrWhiteSpace(site.DpoContact))
        {
            return Encode(LegalPageTexts.UnnamedDpo.For(language));
        }

        var contact = Encode(site.DpoContact.Trim());
        return site.DpoIsEmail ? $"<a href=\"mailto:{contact}\">{contact}</a>" : $"<a href=\"{contact}\">{contact}</a>";
    }

    private static string Template(string name)
    {
        using var stream = typeof(LegalPages).Assembly.GetManifestResourceStream("TicBot.Bot.Legal." + name)
            ?? throw new InvalidOperationException($"The page template {name} is not embedded in the bot.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // The page is UTF-8: only the characters that carry markup need escaping.
    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
