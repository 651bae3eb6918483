using Microsoft.Extensions.DependencyInjection;
using TicBot.BotKit.Authentication;
using TicBot.TestSupport.Auth;
using static TicBot.TestSupport.Auth.BotAuthenticationTestEnvironment;

namespace TicBot.BotKit.Tests.Authentication;

public sealed class MsalConnectorTokenProviderTests : IAsyncLifetime
{
    private BotAuthenticationTestEnvironment _env = null!;

    public async ValueTask InitializeAsync()
    {
        _env = await StartAsync(TestContext.Current.CancellationToken);

        // MSAL dates its tokens with the real clock; our renewal check must read the same time.
        _env.Time.SetUtcNow(TimeProvider.System.GetUtcNow());
    }

    public async ValueTask DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task GetAccessTokenAsync_SeveralCalls_TokenRequestedOnce()
    {
        await using var services = _env.BuildServices();
        var sut = services.GetRequiredService<IConnectorTokenProvider>();
        var ct = TestContext.Current.CancellationToken;

        var tokens = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            tokens.Add(await sut.GetAccessTokenAsync(ct));
        }

        Assert.All(tokens, t => Assert.Equal("fake-connector-token-1", t));
        Assert.Equal(1, _env.Server.TokenRequestCount);
        Assert.Equal(0, _env.Server.UnexpectedRequestCount);
        var request = Assert.Single(_env.Server.TokenRequests);
        Assert.Equal(TenantId, request.Tenant);
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
        Assert.Equal(AppId, request.Form["client_id"]);
        Assert.Equal(AppPassword, request.Form["client_secret"]);
    }

    [Fact]
    public async Task GetAccessTokenAsync_ConcurrentCalls_TokenRequestedOnce()
    {
        await using var services = _env.BuildServices();
        var sut = services.GetRequiredService<IConnectorTokenProvider>();

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => sut.GetAccessTokenAsync(TestContext.Current.CancellationToken)));

        Assert.All(tokens, t => Assert.Equal("fake-connector-token-1", t));
        Assert.Equal(1, _env.Server.TokenRequestCount);
    }

    [Fact]
    public async Task GetAccessTokenAsync_MultiTenant_UsesBotFrameworkTenant()
    {
        await using var services = _env.BuildServices(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppTenantId"] = null,
        });

        await services.GetRequiredService<IConnectorTokenProvider>().GetAccessTokenAsync(TestContext.Current.CancellationToken);

        Assert.Equal("botframework.com", Assert.Single(_env.Server.TokenRequests).Tenant);
    }

    [Fact]
    public async Task GetAccessTokenAsync_UserAssignedManagedIdentity_AsksInstanceMetadataOnce()
    {
        // With no App Service / Arc variables set, MSAL asks the instance metadata service (169.254.169.254), which
        // the test handler sends to the fake.
        await using var services = _env.BuildServices(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppPassword"] = null,
        });
        var sut = services.GetRequiredService<IConnectorTokenProvider>();

        var first = await sut.GetAccessTokenAsync(TestContext.Current.CancellationToken);
        var second = await sut.GetAccessTokenAsync(TestContext.Current.CancellationToken);

        Assert.Equal("fake-msi-token-1", first);
        Assert.Equal(first, second);
        var request = Assert.Single(_env.Server.TokenRequests);
        Assert.Equal(FakeBotIdentityServer.ManagedIdentityTenant, request.Tenant);
        Assert.Equal("https://api.botframework.com", request.Form["resource"]);
        Assert.Equal(AppId, request.Form["client_id"]);
    }

    [Fact]
    public async Task GetAccessTokenAsync_TokenWithinRenewalMargin_RequestedAgain()
    {
        _env.Server.TokenLifetime = TimeSpan.FromMinutes(4);
        await using var services = _env.BuildServices();
        var sut = services.GetRequiredService<IConnectorTokenProvider>();

        var first = await sut.GetAccessTokenAsync(TestContext.Current.CancellationToken);
        var second = await sut.GetAccessTokenAsync(TestContext.Current.CancellationToken);

        Assert.Equal("fake-connector-token-1", first);
        Assert.Equal("fake-connector-token-2", second);
    }

    [Fact]
    public async Task GetAccessTokenAsync_EndpointRejectsSecret_ThrowsWithoutSecret()
    {
        _env.Server.RejectTokenRequests = true;
        await using var services = _env.BuildServices();
        var sut = services.GetRequiredService<IConnectorTokenProvider>();

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.GetAccessTokenAsync(TestContext.Current.CancellationToken));

        Assert.Contains("invalid_client", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AppPassword, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessTokenAsync_EndpointHangs_ThrowsWithinTimeout()
    {
        _env.Server.HangTokenRequests = true;
        await using var services = _env.BuildServices(new Dictionary<string, string?> { ["BotAuthentication:HttpTimeout"] = "00:00:01" });
        var sut = services.GetRequiredService<IConnectorTokenProvider>();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.GetAccessTokenAsync(TestContext.Current.CancellationToken));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task GetAccessTokenAsync_LocalMode_NullWithoutRequest()
    {
        await using var services = _env.BuildServices(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = null,
            ["MicrosoftAppId"] = null,
            ["MicrosoftAppPassword"] = null,
            ["MicrosoftAppTenantId"] = null,
        });

        var token = await services.GetRequiredService<IConnectorTokenProvider>().GetAccessTokenAsync(TestContext.Current.CancellationToken);

        Assert.Null(token);
        Assert.Equal(0, _env.Server.TokenRequestCount);
    }
}
