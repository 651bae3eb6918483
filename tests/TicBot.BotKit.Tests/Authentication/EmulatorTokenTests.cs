using Microsoft.Extensions.DependencyInjection;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Schema;
using TicBot.TestSupport.Auth;
using static TicBot.TestSupport.Auth.BotAuthenticationTestEnvironment;

namespace TicBot.BotKit.Tests.Authentication;

public sealed class EmulatorTokenTests : AuthenticatorTestBase
{
    private const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    private const string BotFrameworkTenant32 = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";

    protected override IReadOnlyDictionary<string, string?> Overrides => new Dictionary<string, string?> { ["BotAuthentication:AcceptEmulatorTokens"] = "true" };

    [Theory]
    [InlineData("1.0", BotFrameworkTenant)]
    [InlineData("2.0", BotFrameworkTenant)]
    [InlineData("1.0", BotFrameworkTenant32)]
    [InlineData("2.0", BotFrameworkTenant32)]
    [InlineData("1.0", TenantId)]
    [InlineData("2.0", TenantId)]
    public async Task AuthenticateAsync_EmulatorToken_Accepted(string version, string tenant)
    {
        var token = TestTokens.Create(Env.EmulatorKey, Emulator(version, tenant));

        var outcome = await AuthenticateAsync(Bearer(token));

        Assert.True(outcome.Status == AuthenticationStatus.Accepted, outcome.Reason);
        Assert.Equal(0, Env.Server.TokenRequestCount);
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorTokenFromOtherTenant_RejectedWithoutNetwork()
    {
        var token = TestTokens.Create(Env.EmulatorKey, Emulator("2.0", "11111111-2222-3333-4444-555555555555"));

        var outcome = await AuthenticateAsync(Bearer(token));

        Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
        Assert.Equal(0, Env.Server.MetadataRequestCount);
    }

    public static TheoryData<string, string, Func<TestTokenDescriptor, TestTokenDescriptor>> RejectedTokens => new()
    {
        { "v1 for another app", "not this bot", d => d.WithClaim("appid", "another-app") },
        { "v1 without appid", "no appid", d => d.WithClaim("appid", null) },
        { "v2 with appid only", "no azp", d => d.WithClaim("ver", "2.0") },
        { "unknown version", "unknown Emulator token version", d => d.WithClaim("ver", "3.0") },
        { "no version", "no ver claim", d => d.WithClaim("ver", null) },
        { "expired", "expired at", d => d with { NotBefore = d.IssuedAt.AddHours(-2), Expires = d.IssuedAt.AddMinutes(-10) } },
    };

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task AuthenticateAsync_InvalidEmulatorToken_Rejected(string scenario, string expectedReason, Func<TestTokenDescriptor, TestTokenDescriptor> change)
    {
        var token = TestTokens.Create(Env.EmulatorKey, change(Emulator("1.0", BotFrameworkTenant)));

        var outcome = await AuthenticateAsync(Bearer(token));

        Assert.True(outcome.Status == AuthenticationStatus.Rejected, $"{scenario}: {outcome.Status} ({outcome.Reason})");
        Assert.Contains(expectedReason, outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorIssuerSignedWithChannelKey_Rejected()
    {
        // Each issuer family is checked against its own key set only.
        var token = TestTokens.Create(Env.ChannelKey, Emulator("1.0", BotFrameworkTenant));

        var outcome = await AuthenticateAsync(Bearer(token));

        Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
        Assert.Contains("channel-key-1", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorKeyEndorsedForOtherChannels_Rejected()
    {
        using var endorsed = TestSigningKey.Create("emulator-key-endorsed", "webchat");
        Env.Server.AddEmulatorKey(endorsed);

        var outcome = await AuthenticateAsync(Bearer(TestTokens.Create(endorsed, Emulator("2.0", BotFrameworkTenant))));

        Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
        Assert.Contains("endorsed", outcome.Reason, StringComparison.Ordinal);
    }

    private TestTokenDescriptor Emulator(string version, string tenant)
        => TestTokenDescriptor.Emulator(AppId, version, tenant, Env.Time.GetUtcNow());

    private Task<AuthenticationOutcome> AuthenticateAsync(string header)
        => Services.GetRequiredService<IRequestAuthenticator>().AuthenticateAsync(
            header,
            new Activity { Type = "message", ServiceUrl = "http://localhost:56789/", ChannelId = "emulator" },
            TestContext.Current.CancellationToken);
}
