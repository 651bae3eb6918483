using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TicBot.Bot.Extensions;

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
}
