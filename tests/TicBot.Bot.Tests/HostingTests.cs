using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using TicBot.Bot.Extensions;
using TicBot.Bot.Security;
using TicBot.TestSupport;
using TicBot.TestSupport.Logging;

namespace TicBot.Bot.Tests;

public sealed class HostingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task HealthEndpoints_RunningBot_Answer200(string path)
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await host.Client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Bot:Language", "de")]
    [InlineData("Bot:Language", "")]
    [InlineData("Bot:MaxRequestBodyBytes", "10")]
    public async Task Start_InvalidSetting_FailsWithValidationError(string key, string value)
    {
        await using var app = BotTestHost.Build((key, value));

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync(Ct));

        var failures = ex is AggregateException all ? all.InnerExceptions : [ex];
        Assert.All(failures, f => Assert.IsType<OptionsValidationException>(f));
        Assert.Contains(key.Split(':')[1], ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_BodyAboveConfiguredLimit_Answers413()
    {
        await using var host = await BotTestHost.StartAsync(Ct, ("Bot:MaxRequestBodyBytes", "2048"));

        using var response = await host.PostAsync($$"""{"type":"message","text":"{{new string('a', 3000)}}"}""", Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Messages_NotJson_Answers415()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await host.Client.PostAsync("/api/messages", new StringContent("hello", Encoding.UTF8, "text/plain"), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public void AddTicBotServices_NoUrlConfigured_ListensOnLocalhost3978()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration["urls"] = null;
        builder.Logging.ClearProviders();

        builder.AddTicBotServices();

        Assert.Equal("http://localhost:3978", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Fact]
    public void AddTicBotServices_AspNetCoreUrlsGiven_KeepsIt()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration["urls"] = "http://0.0.0.0:8080";

        builder.AddTicBotServices();

        Assert.Equal("http://0.0.0.0:8080", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://[::]:0")]
    public async Task Start_LocalModeOnAllInterfaces_StopsNamingAllowRemoteLocalMode(string urls)
    {
        await using var app = BotTestHost.Build(("urls", urls));

        var ex = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => app.StartAsync(Ct));

        Assert.Contains("Bot:AllowRemoteLocalMode", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_LocalModeOnAllInterfacesAllowed_StartsAndWarns()
    {
        var logs = new RecordingLoggerProvider();
        await using var app = BotTestHost.Build(s => s.AddSingleton<ILoggerProvider>(logs), ("urls", "http://0.0.0.0:0"), ("Bot:AllowRemoteLocalMode", "true"));

        await app.StartAsync(Ct);
        await app.StopAsync(Ct);

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Bot:AllowRemoteLocalMode=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_AppIdOnAllInterfaces_Starts()
    {
        await using var app = BotTestHost.Build(
            ("urls", "http://0.0.0.0:0"),
            ("MicrosoftAppId", "5f1c1d0e-7a2b-4c3d-9e8f-0a1b2c3d4e5f"),
            ("MicrosoftAppPassword", "secret"),
            ("MicrosoftAppTenantId", "0b8f3c2a-1d4e-4f5a-8b6c-7d9e0f1a2b3c"),
            ("Bot:PublicBaseUrl", "https://ticbot.mairie-exemple.fr"));

        await app.StartAsync(Ct);
        await app.StopAsync(Ct);
    }

    [Theory]
    [InlineData("http://localhost:3978", true)]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://[::]:8080", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://*:80", false)]
    [InlineData("http://192.168.1.20:3978", false)]
    [InlineData("https://bot.example.org", false)]
    public void IsLoopbackAddress_BoundAddress_TellsWhetherOnlyThisMachineReachesIt(string address, bool expected)
        => Assert.Equal(expected, LocalModeExposureCheck.IsLoopbackAddress(address));
}
