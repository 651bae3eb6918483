using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Schema;
using static TicBot.TestSupport.Auth.BotAuthenticationTestEnvironment;

namespace TicBot.BotKit.Tests.Authentication;

/// <summary>Issue 19: authentication that fails closed — configuration and local mode.</summary>
public sealed class FailClosedAuthenticationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> CredentialsWithoutAppId => new()
    {
        { "MicrosoftAppType", "SingleTenant" },
        { "MicrosoftAppType", "UserAssignedMSI" },
        { "MicrosoftAppPassword", AppPassword },
        { "MicrosoftAppTenantId", TenantId },
    };

    [Theory]
    [MemberData(nameof(CredentialsWithoutAppId))]
    public async Task StartAsync_CredentialWithoutAppId_StopsNamingMicrosoftAppId(string key, string value)
    {
        using var host = BuildHost(new Dictionary<string, string?> { [key] = value, ["MicrosoftAppId"] = " " });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("MicrosoftAppId", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AppPassword, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddBotKit_AloneWithAppIdInHostConfiguration_RequiresTokens()
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = AppPassword, ["MicrosoftAppTenantId"] = TenantId });
        await host.StartAsync(Ct);

        var sut = host.Services.GetRequiredService<IRequestAuthenticator>();
        var outcome = await sut.AuthenticateAsync(null, LocalActivity("http://localhost:3978/"), Ct);
        await host.StopAsync(Ct);

        Assert.IsNotType<LocalModeAuthentication>(sut);
        Assert.IsNotType<LocalModeAuthentication>(host.Services.GetRequiredService<IConnectorTokenProvider>());
        Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
    }

    [Fact]
    public void AddBotKit_NoConfigurationService_DoesNotFallBackToLocalMode()
    {
        using var provider = new ServiceCollection().AddLogging().AddBotKit().BuildServiceProvider();

        Assert.ThrowsAny<InvalidOperationException>(() => provider.GetRequiredService<IRequestAuthenticator>());
    }

    [Theory]
    [InlineData("Bearer garbage")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("")]
    public async Task AuthenticateAsync_LocalModeWithAuthorizationHeader_Rejected(string header)
    {
        var sut = new LocalModeAuthentication();

        var outcome = await sut.AuthenticateAsync(header, LocalActivity("http://localhost:56150/_connector"), Ct);

        Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
        Assert.Contains("Authorization", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("http://192.168.1.20:3978/")]
    [InlineData("http://10.0.0.4/_connector")]
    [InlineData("http://[fe80::1]:8080/")]
    [InlineData("http://0.0.0.0:3978/")]
    [InlineData("../../etc/passwd")]
    [InlineData(null)]
    public async Task AuthenticateAsync_LocalModeNonLoopbackServiceUrl_Rejected(string? serviceUrl)
    {
        var outcome = await new LocalModeAuthentication().AuthenticateAsync(null, LocalActivity(serviceUrl), Ct);

        Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
        Assert.Contains("service URL", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector")]
    [InlineData("http://127.0.0.1:9000/")]
    [InlineData("https://127.0.0.2/")]
    [InlineData("http://[::1]:9000/")]
    public async Task AuthenticateAsync_LocalModeLoopbackWithoutHeader_Accepted(string serviceUrl)
    {
        var outcome = await new LocalModeAuthentication().AuthenticateAsync(null, LocalActivity(serviceUrl), Ct);

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    private static Activity LocalActivity(string? serviceUrl) => new() { Type = "message", ServiceUrl = serviceUrl, ChannelId = "emulator" };

    /// <summary>A host whose only BotKit registration is <c>AddBotKit()</c>, reading the host's configuration.</summary>
    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBotKit();
        return builder.Build();
    }
}
