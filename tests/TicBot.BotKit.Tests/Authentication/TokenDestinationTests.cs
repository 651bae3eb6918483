using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Schema;
using TicBot.TestSupport.Auth;
using static TicBot.TestSupport.Auth.BotAuthenticationTestEnvironment;

namespace TicBot.BotKit.Tests.Authentication;

/// <summary>Issue 19: with an app id, where the connector token may go, and whose tokens are accepted.</summary>
public sealed class TokenDestinationTests : AuthenticatorTestBase
{
    private const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    [Theory]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("http://192.168.1.20:3978/")]
    public async Task AuthenticateAsync_ValidChannelTokenForPlainHttpServiceUrl_Rejected(string serviceUrl)
    {
        var token = TestTokens.Create(Env.ChannelKey, TestTokenDescriptor.Channel(AppId, serviceUrl, Env.Time.GetUtcNow()));

        var outcome = await Services.GetRequiredService<IRequestAuthenticator>().AuthenticateAsync(
            Bearer(token), new Activity { Type = "message", ServiceUrl = serviceUrl, ChannelId = ChannelId }, TestContext.Current.CancellationToken);

        Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
        Assert.Contains("https", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorTokenNotConfigured_Rejected()
    {
        var outcome = await AuthenticateEmulatorAsync(Services.GetRequiredService<IRequestAuthenticator>());

        Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
        Assert.Contains("AcceptEmulatorTokens", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", null, AuthenticationStatus.Accepted)]
    [InlineData("Production", null, AuthenticationStatus.Rejected)]
    [InlineData("Production", "true", AuthenticationStatus.Accepted)]
    [InlineData("Development", "false", AuthenticationStatus.Rejected)]
    public async Task AuthenticateAsync_EmulatorToken_FollowsEnvironmentUnlessConfigured(string environment, string? accept, AuthenticationStatus expected)
    {
        var options = Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        options.AcceptEmulatorTokens = accept is null ? null : bool.Parse(accept);
        var sut = new BotFrameworkRequestAuthenticator(
            Services.GetRequiredService<IOptions<BotCredentialsOptions>>(),
            Options.Create(options),
            Services.GetRequiredService<IHttpClientFactory>(),
            Env.Time,
            NullLogger<BotFrameworkRequestAuthenticator>.Instance,
            new StubEnvironment(environment));

        var outcome = await AuthenticateEmulatorAsync(sut);

        Assert.True(expected == outcome.Status, outcome.Reason);
    }

    private Task<AuthenticationOutcome> AuthenticateEmulatorAsync(IRequestAuthenticator sut)
        => sut.AuthenticateAsync(
            Bearer(TestTokens.Create(Env.EmulatorKey, TestTokenDescriptor.Emulator(AppId, "2.0", BotFrameworkTenant, Env.Time.GetUtcNow()))),
            new Activity { Type = "message", ServiceUrl = "http://localhost:56789/", ChannelId = "emulator" },
            TestContext.Current.CancellationToken);

    private sealed class StubEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
