using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TicBot.Bot.Legal;

/// <summary>The public site: <see cref="PublicSiteOptions"/> and the privacy and terms pages.</summary>
public static class LegalPagesExtensions
{
    /// <summary>The privacy page's path under <c>Bot:PublicBaseUrl</c> (the package's <c>privacyUrl</c>).</summary>
    public const string PrivacyPath = "/privacy";

    /// <summary>The terms page's path under <c>Bot:PublicBaseUrl</c> (the package's <c>termsOfUseUrl</c>).</summary>
    public const string TermsPath = "/terms";

    /// <summary>
    /// Binds <see cref="PublicSiteOptions"/> from the <c>Bot</c> section, validated when the host starts, and
    /// registers the pages (rendered once, at their first request).
    /// </summary>
    public static IServiceCollection AddLegalPages(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PublicSiteOptions>().BindConfiguration(BotOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublicSiteOptions>, PublicSiteOptionsValidator>());
        services.TryAddSingleton<LegalPages>();
        services.AddHostedService<PublicSiteStartupCheck>();
        return services;
    }

    /// <summary>
    /// Maps <c>GET /privacy</c> and <c>GET /terms</c>: French by default, English when the reader's
    /// <c>Accept-Language</c> prefers it (or <c>?lang=en</c>), with headers that let the page load nothing else.
    /// </summary>
    public static IEndpointRouteBuilder MapLegalPages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(PrivacyPath, (HttpContext context, LegalPages pages) => Serve(context, pages, LegalPage.Privacy));
        endpoints.MapGet(TermsPath, (HttpContext context, LegalPages pages) => Serve(context, pages, LegalPage.Terms));
        return endpoints;
    }

    private static IResult Serve(HttpContext context, LegalPages pages, LegalPage page)
    {
        var language = LegalPageLanguage.Choose(context.Request);
        var headers = context.Response.Headers;
        headers.ContentLanguage = LegalPageLanguage.Tag(language);
        headers.Vary = "Accept-Language";
        headers.CacheControl = "public, max-age=3600";
        headers.ContentSecurityPolicy = pages.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return Results.Content(pages.Html(page, language), "text/html; charset=utf-8");
    }
}
