using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace TicBot.Bot.Tests.Security;

public sealed class SecurityHeadersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string?, string?, HttpStatusCode> Requests() => new()
    {
        { "GET", "/healthz", null, null, HttpStatusCode.OK },
        { "GET", "/readyz", null, null, HttpStatusCode.OK },
        { "GET", "/privacy", null, null, HttpStatusCode.OK },
        { "POST", "/api/messages", """{"type":"typing","channelId":"emulator","serviceUrl":"http://localhost:3978/","conversation":{"id":"c1"},"from":{"id":"u1"},"recipient":{"id":"b1"}}""", "application/json", HttpStatusCode.OK },
        { "POST", "/api/messages", "{not json", "application/json", HttpStatusCode.BadRequest },
        { "POST", "/api/messages", "hello", "text/plain", HttpStatusCode.UnsupportedMediaType },
        { "POST", "/api/messages", $$"""{"type":"message","text":"{{new string('a', 3000)}}"}""", "application/json", HttpStatusCode.RequestEntityTooLarge },
        { "GET", "/api/messages", null, null, HttpStatusCode.MethodNotAllowed },
        { "GET", "/nowhere", null, null, HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Answer_AnyEndpointAndStatus_CarriesTheSecurityHeaders(string method, string path, string? body, string? contentType, HttpStatusCode expected)
    {
        await using var host = await BotTestHost.StartAsync(Ct, ("Bot:MaxRequestBodyBytes", "2048"));

        using var response = await SendAsync(host.Client, method, path, body, contentType);

        Assert.Equal(expected, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Answer_RequestWithoutTokenWhenAuthenticated_Is401WithTheSecurityHeaders()
    {
        await using var host = await BotTestHost.StartAsync(Ct,
            ("MicrosoftAppType", "MultiTenant"), ("MicrosoftAppId", "9f1c2a4e-0000-4000-8000-000000000001"), ("MicrosoftAppPassword", "not-a-real-secret"),
            ("Bot:PublicBaseUrl", "https://ticbot.mairie-exemple.fr"));

        using var response = await SendAsync(host.Client, "POST", "/api/messages", """{"type":"message","text":"hi","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/","conversation":{"id":"c1"},"from":{"id":"u1"},"recipient":{"id":"b1"}}""", "application/json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Answer_UnhandledFailure_Is500WithTheSecurityHeaders()
    {
        await using var app = BotTestHost.Build();
        app.MapGet("/fails", IResult () => throw new InvalidOperationException("boom"));
        using var client = await StartAsync(app);

        using var response = await client.GetAsync("/fails", Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertSecurityHeaders(response);
        await app.StopAsync(Ct);
    }

    [Fact]
    public async Task Answer_EndpointWithItsOwnPolicy_KeepsItAndAddsTheFramingBan()
    {
        await using var app = BotTestHost.Build();
        app.MapGet("/page", (HttpResponse response) =>
        {
            response.Headers.ContentSecurityPolicy = "default-src 'self';";
            return "page";
        });
        using var client = await StartAsync(app);

        using var response = await client.GetAsync("/page", Ct);

        Assert.Equal("default-src 'self'; frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        await app.StopAsync(Ct);
    }

    [Fact]
    public async Task Answer_LegalPage_KeepsItsOwnPolicyWithOneFramingBan()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await SendAsync(host.Client, "GET", "/terms", null, null);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'none'; style-src 'sha256-", policy, StringComparison.Ordinal);
        Assert.Single(policy.Split(';'), directive => directive.Trim().StartsWith("frame-ancestors", StringComparison.Ordinal));
        AssertSecurityHeaders(response);
    }

    private static async Task<HttpClient> StartAsync(WebApplication app)
    {
        await app.StartAsync(Ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new HttpClient { BaseAddress = new Uri(address) };
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string? body, string? contentType)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, contentType!);
        }

        return await client.SendAsync(request, Ct);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
