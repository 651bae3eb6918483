using Microsoft.Extensions.Options;
using TicBot.Bot.Legal;
using TicBot.BotKit.Authentication;

namespace TicBot.Bot.Tests.Legal;

public sealed class PublicSiteOptionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Bot:PublicBaseUrl", "ticbot.saint-eloi.fr")]
    [InlineData("Bot:PublicBaseUrl", "ftp://ticbot.saint-eloi.fr")]
    [InlineData("Bot:PublicBaseUrl", "http://ticbot.saint-eloi.fr")]
    [InlineData("Bot:PublicBaseUrl", "https://ticbot.saint-eloi.fr/?x=1")]
    [InlineData("Bot:PublicBaseUrl", "https://user@ticbot.saint-eloi.fr")]
    [InlineData("Bot:DpoContact", "dpo chez saint-eloi")]
    [InlineData("Bot:DpoContact", "http://www.saint-eloi.fr/dpo")]
    [InlineData("Bot:ControllerName", "Commune\nde Saint-Éloi")]
    public async Task Start_InvalidPublicSiteSetting_FailsNamingTheKey(string key, string value)
    {
        await using var app = BotTestHost.Build((key, value));

        var ex = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => app.StartAsync(Ct));

        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:3978", true, true)]
    [InlineData("http://127.0.0.1:3978/", true, true)]
    [InlineData("http://localhost:3978", false, false)]
    [InlineData("https://ticbot.saint-eloi.fr", false, true)]
    [InlineData("https://www.saint-eloi.fr/ticbot/", false, true)]
    [InlineData("https://ticbot.saint-eloi.fr", true, true)]
    public void Validate_PublicBaseUrl_HttpsOrLocalhostInLocalModeOnly(string url, bool localMode, bool valid)
    {
        var credentials = new BotCredentialsOptions { MicrosoftAppId = localMode ? null : "8c8e2f4a-0d55-4c71-9a4e-3f1b0c2d9e77" };
        var sut = new PublicSiteOptionsValidator(Options.Create(credentials));

        var result = sut.Validate(null, new PublicSiteOptions { PublicBaseUrl = url, DpoContact = "dpo@saint-eloi.fr" });

        Assert.True(valid == result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("https://ticbot.saint-eloi.fr", "privacy", "https://ticbot.saint-eloi.fr/privacy")]
    [InlineData("https://www.saint-eloi.fr/ticbot/", "/terms", "https://www.saint-eloi.fr/ticbot/terms")]
    public void Link_PathUnderTheBase_KeepsTheBasePath(string baseUrl, string path, string expected)
    {
        var sut = new PublicSiteOptions { PublicBaseUrl = baseUrl };

        Assert.Equal(new Uri(expected), sut.Link(path));
    }

    [Fact]
    public void PublicBaseUrl_NotConfigured_IsTheLocalBot()
        => Assert.Equal("http://localhost:3978", new PublicSiteOptions().PublicBaseUrl);
}
