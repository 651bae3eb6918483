using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Schema;
using TicBot.TestSupport.Auth;
using static TicBot.TestSupport.Auth.BotAuthenticationTestEnvironment;

namespace TicBot.BotKit.Tests.Authentication;

public sealed class ChannelTokenTests : AuthenticatorTestBase
{
    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task AuthenticateAsync_ValidChannelToken_Accepted(string algorithm)
    {
        var outcome = await AuthenticateAsync(Bearer(TestTokens.Create(Env.ChannelKey, Env.ChannelToken(), algorithm)));

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
        Assert.NotNull(outcome.Identity);
        Assert.True(outcome.Identity.IsAuthenticated);
        Assert.Equal(AppId, outcome.Identity.FindFirst("aud")?.Value);
        Assert.Equal(ServiceUrl, outcome.Identity.FindFirst("serviceurl")?.Value);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyInCase_Accepted()
    {
        var token = TestTokens.Create(Env.ChannelKey, Env.ChannelToken().WithClaim("serviceurl", ServiceUrl.ToUpperInvariant()));

        var outcome = await AuthenticateAsync(Bearer(token));

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Theory]
    [InlineData("bearer {0}")]
    [InlineData("  Bearer   {0}  ")]
    public async Task AuthenticateAsync_SchemeCaseOrSpacing_Accepted(string format)
    {
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, TestTokens.Create(Env.ChannelKey, Env.ChannelToken()));

        var outcome = await AuthenticateAsync(header);

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinClockSkew_Accepted()
    {
        var now = Env.Time.GetUtcNow();
        var token = TestTokens.Create(Env.ChannelKey, Env.ChannelToken() with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-4) });

        var outcome = await AuthenticateAsync(Bearer(token));

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_SameTokenTwice_MetadataFetchedOnce()
    {
        var header = Bearer(TestTokens.Create(Env.ChannelKey, Env.ChannelToken()));
        await AuthenticateAsync(header);
        var afterFirst = Env.Server.MetadataRequestCount;

        var outcome = await AuthenticateAsync(header);

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
        Assert.Equal(2, afterFirst); // the document and its key set
        Assert.Equal(afterFirst, Env.Server.MetadataRequestCount);
    }

    public static TheoryData<string, string, Func<BotAuthenticationTestEnvironment, string>> RejectedTokens => new()
    {
        { "wrong audience", "Audience", e => TestTokens.Create(e.ChannelKey, e.ChannelToken() with { Audience = "another-bot-id" }) },
        { "no audience", "audience", e => TestTokens.Create(e.ChannelKey, e.ChannelToken() with { Audience = null }) },
        { "wrong issuer", "not trusted", e => TestTokens.Create(e.ChannelKey, e.ChannelToken() with { Issuer = "https://api.botframework.com.evil.example" }) },
        { "expired", "expired at", e => TestTokens.Create(e.ChannelKey, e.ChannelToken() with { NotBefore = e.Time.GetUtcNow().AddHours(-2), Expires = e.Time.GetUtcNow().AddMinutes(-6) }) },
        { "no expiry", "no expiry", e => TestTokens.Create(e.ChannelKey, e.ChannelToken() with { Expires = null }) },
        { "not yet valid", "not valid before", e => TestTokens.Create(e.ChannelKey, e.ChannelToken() with { NotBefore = e.Time.GetUtcNow().AddMinutes(6) }) },
        { "bad signature", "Signature validation failed", e => ForgedWithSameKeyId(e) },
        { "alg none", "'none' is not allowed", e => TestTokens.CreateUnsigned(e.ChannelToken()) },
        { "HS256", "'HS256' is not allowed", e => TestTokens.CreateHs256(e.ChannelToken(), e.ChannelKey.KeyId) },
        { "missing serviceurl", "no serviceurl", e => TestTokens.Create(e.ChannelKey, e.ChannelToken().WithClaim("serviceurl", null)) },
        { "mismatched serviceurl", "differs", e => TestTokens.Create(e.ChannelKey, e.ChannelToken().WithClaim("serviceurl", "https://attacker.example/")) },
        { "tampered payload", "Signature validation failed", e => Tamper(TestTokens.Create(e.ChannelKey, e.ChannelToken())) },
    };

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task AuthenticateAsync_InvalidChannelToken_Rejected(string scenario, string expectedReason, Func<BotAuthenticationTestEnvironment, string> mint)
    {
        var token = mint(Env);

        var outcome = await AuthenticateAsync(Bearer(token));

        Assert.True(outcome.Status == AuthenticationStatus.Rejected, $"{scenario}: {outcome.Status} ({outcome.Reason})");
        Assert.Contains(expectedReason, outcome.Reason, StringComparison.Ordinal);
        Assert.Null(outcome.Identity);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Reason));
        Assert.DoesNotContain(token.Split('.')[2] is { Length: > 0 } signature ? signature : token, outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("slack")]
    [InlineData("")]
    public async Task AuthenticateAsync_KeyNotEndorsedForChannel_Rejected(string channelId)
    {
        var token = TestTokens.Create(Env.ChannelKey, Env.ChannelToken());

        var outcome = await AuthenticateAsync(Bearer(token), new Activity { Type = "message", ServiceUrl = ServiceUrl, ChannelId = channelId });

        Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
        Assert.Contains("endorsed", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_ChannelKeyWithoutEndorsements_Rejected()
    {
        using var bareKey = TestSigningKey.Create("channel-key-bare", endorsements: null);
        Env.Server.AddChannelKey(bareKey);

        var outcome = await AuthenticateAsync(Bearer(TestTokens.Create(bareKey, Env.ChannelToken())));

        Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
    }

    private Task<AuthenticationOutcome> AuthenticateAsync(string? header, Activity? activity = null)
        => Services.GetRequiredService<IRequestAuthenticator>().AuthenticateAsync(
            header,
            activity ?? new Activity { Type = "message", ServiceUrl = ServiceUrl, ChannelId = ChannelId },
            TestContext.Current.CancellationToken);

    private static string ForgedWithSameKeyId(BotAuthenticationTestEnvironment env)
    {
        using var impostor = TestSigningKey.CreateImpostor(env.ChannelKey);
        return TestTokens.Create(impostor, env.ChannelToken());
    }

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("smba", "SMBA", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }
}
