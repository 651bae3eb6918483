using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Tests.Authentication;

/// <summary>Start-up validation of the Bot Framework keys, through a real host with ValidateOnStart.</summary>
public sealed class AuthenticationConfigurationTests
{
    private const string AppId = "5f1c1d0e-7a2b-4c3d-9e8f-0a1b2c3d4e5f";
    private const string Tenant = "0b8f3c2a-1d4e-4f5a-8b6c-7d9e0f1a2b3c";
    private const string Secret = "do-not-log-this-secret";

    public static TheoryData<string, string?, string?, string?, string> InvalidCombinations => new()
    {
        // type, password, tenant, metadata URL override → key the message must name
        { "SingleTenant", Secret, null, null, "MicrosoftAppTenantId" },
        { "SingleTenant", null, Tenant, null, "MicrosoftAppPassword" },
        { "", Secret, null, null, "MicrosoftAppTenantId" },
        { "MultiTenant", null, null, null, "MicrosoftAppPassword" },
        { "UserAssignedMSI", Secret, Tenant, null, "MicrosoftAppPassword" },
        { "UserAssignedMSI", null, null, null, "MicrosoftAppTenantId" },
        { "SingleTenant", Secret, "not a tenant/..", null, "MicrosoftAppTenantId" },
        { "SingleTenant", Secret, Tenant, "http://login.example.com/openid", "BotAuthentication:ChannelOpenIdMetadataUrl" },
    };

    [Theory]
    [MemberData(nameof(InvalidCombinations))]
    public async Task StartAsync_InvalidCombination_StopsNamingTheKey(string type, string? password, string? tenant, string? metadataUrl, string key)
    {
        using var host = BuildHost(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = type,
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
            ["BotAuthentication:ChannelOpenIdMetadataUrl"] = metadataUrl,
        });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_UnknownAppType_StopsNamingTheKey()
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["MicrosoftAppType"] = "SingleTennant", ["MicrosoftAppId"] = AppId });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("MicrosoftAppType 'SingleTennant'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SingleTenant", Secret, Tenant)]
    [InlineData("singletenant", Secret, Tenant)]
    [InlineData("", Secret, Tenant)]
    [InlineData("MultiTenant", Secret, null)]
    [InlineData("UserAssignedMSI", null, Tenant)]
    public async Task StartAsync_ValidCombination_UsesBotFrameworkAuthentication(string type, string? password, string? tenant)
    {
        using var host = BuildHost(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = type,
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        });

        await host.StartAsync(TestContext.Current.CancellationToken);
        var sut = host.Services.GetRequiredService<IRequestAuthenticator>();
        var outcome = await sut.AuthenticateAsync(null, new Activity { Type = "message" }, TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.IsNotType<LocalModeAuthentication>(sut);
        Assert.IsNotType<LocalModeAuthentication>(host.Services.GetRequiredService<IConnectorTokenProvider>());
        Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
    }

    [Fact]
    public async Task StartAsync_NoAppId_LocalMode()
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["MicrosoftAppType"] = "", ["MicrosoftAppId"] = "" });

        await host.StartAsync(TestContext.Current.CancellationToken);
        var outcome = await host.Services.GetRequiredService<IRequestAuthenticator>()
            .AuthenticateAsync(null, new Activity { Type = "message", ServiceUrl = "http://localhost:3978/" }, TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.IsType<LocalModeAuthentication>(host.Services.GetRequiredService<IRequestAuthenticator>());
        Assert.IsType<LocalModeAuthentication>(host.Services.GetRequiredService<IConnectorTokenProvider>());
        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AddBotFrameworkAuthentication_EitherOrderWithAddBotKit_ReplacesLocalMode(bool botKitFirst)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = Secret,
            ["MicrosoftAppTenantId"] = Tenant,
        }).Build();
        var services = new ServiceCollection();
        if (botKitFirst)
        {
            services.AddBotKit();
        }

        services.AddBotFrameworkAuthentication(configuration);
        if (!botKitFirst)
        {
            services.AddBotKit();
        }

        using var provider = services.BuildServiceProvider();

        Assert.IsNotType<LocalModeAuthentication>(provider.GetRequiredService<IRequestAuthenticator>());
        Assert.IsNotType<LocalModeAuthentication>(provider.GetRequiredService<IConnectorTokenProvider>());
    }

    [Fact]
    public void ToString_WithPassword_DoesNotShowIt()
    {
        var sut = new BotCredentialsOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = Secret, MicrosoftAppTenantId = Tenant };

        var text = sut.ToString();

        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.Contains(AppId, text, StringComparison.Ordinal);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Where(s => s.Value is not null));
        builder.Services.AddBotFrameworkAuthentication(builder.Configuration);
        return builder.Build();
    }
}
