using System.Net;
using System.Security.Cryptography;
using System.Text;
using TicBot.Bot.Legal;
using static TicBot.Bot.Tests.Legal.LegalPageReading;

namespace TicBot.Bot.Tests.Legal;

/// <summary><c>GET /privacy</c> and <c>GET /terms</c>: what the app package links to, over loopback HTTP.</summary>
public sealed class LegalPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/privacy")]
    [InlineData("/terms")]
    public async Task Page_NoAcceptLanguage_WellFormedAccessibleFrenchHtml(string path)
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await host.Client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(["fr"], response.Content.Headers.ContentLanguage);
        var page = Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("fr", page.Root!.Attribute("lang")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(page.Root.Element("head")!.Element("title")?.Value));
        Assert.Single(page.Descendants("main"));
        var levels = Headings(page).Select(h => h.Name.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        Assert.Single(levels, l => l == 1);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"Heading level jumps from h{pair.First} to h{pair.Second}."));
    }

    [Theory]
    [InlineData("/privacy")]
    [InlineData("/terms")]
    public async Task Page_Served_LoadsNothingFromElsewhereAndSaysSo(string path)
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await host.Client.GetAsync(path, Ct);

        var page = Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object" or "embed" or "form");
        Assert.DoesNotContain(page.Descendants(), e => e.Attribute("src") is not null || e.Attribute("style") is not null);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'none';", csp, StringComparison.Ordinal);
        // The one inline style is allowed by its hash, so the browser applies it and nothing else.
        var style = Assert.Single(page.Descendants("style")).Value;
        Assert.Contains($"style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Theory]
    [InlineData("en-US,en;q=0.9,fr;q=0.5", null, "en")]
    [InlineData("de-DE, fr;q=0.8, en;q=0.5", null, "fr")]
    [InlineData("de-DE, en;q=0.8", null, "en")]
    [InlineData("en;q=0.4, fr-CA;q=0.9", null, "fr")]
    [InlineData("es, de", null, "fr")]
    [InlineData("fr-FR", "en", "en")]
    [InlineData("en-GB", "fr", "fr")]
    [InlineData("en, fr;q=garbage", null, "en")]
    public async Task Privacy_AcceptLanguageOrLink_ChoosesTheLanguage(string acceptLanguage, string? lang, string expected)
    {
        await using var host = await BotTestHost.StartAsync(Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, lang is null ? "/privacy" : "/privacy?lang=" + lang);
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        using var response = await host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(expected, page.Root!.Attribute("lang")?.Value);
        var other = Assert.Single(page.Descendants("nav")).Element("a")!;
        Assert.Equal("?lang=" + (expected == "fr" ? "en" : "fr"), other.Attribute("href")?.Value);
        Assert.Equal(other.Attribute("hreflang")?.Value, other.Attribute("lang")?.Value);
    }

    [Fact]
    public async Task Privacy_French_SaysWhatIsKeptWhereForHowLongWhoSeesItAndTheRights()
    {
        await using var host = await BotTestHost.StartAsync(Ct,
            ("Storage:Provider", "Memory"), ("Bot:ControllerName", "Commune de Saint-Éloi <essai> & Cie"), ("Bot:DpoContact", "dpo@saint-eloi.fr"));

        var page = Parse(await host.Client.GetStringAsync("/privacy", Ct));

        var text = Text(page);
        foreach (var kept in new[] { "Les projets", "Les noms et identifiants Teams des membres", "L’état des conversations", "Les références de conversation", "Les rappels", "Les jetons d’export" })
        {
            Assert.Contains(kept, text, StringComparison.Ordinal);
        }

        Assert.Equal(["Ce que TicBot garde", "Où ces données sont gardées", "Combien de temps", "Qui peut les voir", "Pourquoi", "Vos droits et comment les exercer"],
            Headings(page).Skip(1).Select(h => h.Value));
        Assert.Contains("Responsable du traitement\u00A0: Commune de Saint-Éloi <essai> & Cie.", text, StringComparison.Ordinal);
        Assert.Contains("«\u00A0mes données\u00A0»", text, StringComparison.Ordinal);
        Assert.Contains("«\u00A0supprimer mes données\u00A0»", text, StringComparison.Ordinal);
        Assert.Contains("jusqu’à ce que la personne concernée demande leur effacement", text, StringComparison.Ordinal);
        Assert.Contains("dans la mémoire du serveur seulement", text, StringComparison.Ordinal);
        Assert.Contains(page.Descendants("a"), a => a.Attribute("href")?.Value == "mailto:dpo@saint-eloi.fr" && a.Value == "dpo@saint-eloi.fr");
        Assert.DoesNotContain('\'', text);
    }

    [Fact]
    public async Task Privacy_BlobStorageWithLocationAndDpoPage_NamesThemInEnglish()
    {
        await using var host = await BotTestHost.StartAsync(Ct,
            ("Storage:Provider", "Blob"), ("Storage:Blob:ServiceUri", "https://ticbot.blob.core.windows.net"),
            ("Bot:DataLocation", "Microsoft Azure, France Central"), ("Bot:DpoContact", "https://www.saint-eloi.fr/dpo"));

        var page = Parse(await host.Client.GetStringAsync("/privacy?lang=en", Ct));

        var text = Text(page);
        Assert.Contains("in the Microsoft Azure storage account (Blob Storage) chosen by the controller (Microsoft Azure, France Central).", text, StringComparison.Ordinal);
        Assert.Contains("\"my data\"", text, StringComparison.Ordinal);
        Assert.Contains("\"delete my data\"", text, StringComparison.Ordinal);
        Assert.Contains("Controller: the local authority or public body that installed TicBot in your Teams.", text, StringComparison.Ordinal);
        Assert.Contains(page.Descendants("a"), a => a.Attribute("href")?.Value == "https://www.saint-eloi.fr/dpo");
    }

    [Fact]
    public async Task Terms_Served_LinkToThePrivacyPageBesideThem()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        var page = Parse(await host.Client.GetStringAsync("/terms", Ct));

        var link = Assert.Single(page.Descendants("a"), a => a.Attribute("href")?.Value == "privacy");
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(new Uri(new Uri(host.Client.BaseAddress!, "/terms"), link.Attribute("href")!.Value), Ct)).StatusCode);
        Assert.Contains("Conditions d’utilisation", Text(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Privacy_Post_IsRefused()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await host.Client.PostAsync("/privacy", new StringContent(""), Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
