using Stopwatch = System.Diagnostics.Stopwatch;
using Microsoft.Extensions.DependencyInjection;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Schema;
using TicBot.TestSupport.Auth;
using static TicBot.TestSupport.Auth.BotAuthenticationTestEnvironment;

namespace TicBot.BotKit.Tests.Authentication;

/// <summary>Headers turned away without a network call, unreachable keys (503, bounded) and key rotation.</summary>
public sealed class KeyAvailabilityTests : AuthenticatorTestBase
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b")]
    [InlineData("Bearer a.b.c.d.e")]
    [InlineData("Bearer !!!.???.***")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln")]
    [InlineData("Bearer one two")]
    [InlineData("Bearer e30.e30.")]
    public async Task AuthenticateAsync_MissingOrGarbageHeader_RejectedWithoutNetwork(string? header)
    {
        var outcome = await AuthenticateAsync(header);

        Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
        Assert.Equal(0, Env.Server.MetadataRequestCount);
    }

    [Fact]
    public async Task AuthenticateAsync_UntrustedIssuerOrAlgNone_RejectedWithoutNetwork()
    {
        var foreign = TestTokens.Create(Env.ChannelKey, Env.ChannelToken() with { Issuer = "https://sts.windows.net/99999999-9999-9999-9999-999999999999/" });
        var unsigned = TestTokens.CreateUnsigned(Env.ChannelToken());

        var outcomes = new[] { await AuthenticateAsync(Bearer(foreign)), await AuthenticateAsync(Bearer(unsigned)) };

        Assert.All(outcomes, o => Assert.Equal(AuthenticationStatus.Rejected, o.Status));
        Assert.Equal(0, Env.Server.MetadataRequestCount);
    }

    [Theory]
    [InlineData(FakeMetadataMode.Failing)]
    [InlineData(FakeMetadataMode.Hanging)]
    public async Task AuthenticateAsync_MetadataDown_UnavailableWithinTimeout(FakeMetadataMode mode)
    {
        await using var services = Env.BuildServices(new Dictionary<string, string?> { ["BotAuthentication:HttpTimeout"] = "00:00:01" });
        var sut = services.GetRequiredService<IRequestAuthenticator>();
        Env.Server.MetadataMode = mode;
        var header = Bearer(TestTokens.Create(Env.ChannelKey, Env.ChannelToken()));
        var watch = Stopwatch.StartNew();

        var outcome = await sut.AuthenticateAsync(header, TeamsActivity(), TestContext.Current.CancellationToken);

        // The timeout is 1 s; without it a hang would last until the test run's own timeout.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"took {watch.Elapsed}");
        Assert.Equal(AuthenticationStatus.Unavailable, outcome.Status);
        Assert.Contains(Env.Server.ChannelMetadataUrl.Authority, outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataBackAfterOutage_Accepted()
    {
        var header = Bearer(TestTokens.Create(Env.ChannelKey, Env.ChannelToken()));
        Env.Server.MetadataMode = FakeMetadataMode.Failing;
        Assert.Equal(AuthenticationStatus.Unavailable, (await AuthenticateAsync(header)).Status);
        Env.Server.MetadataMode = FakeMetadataMode.Available;

        var outcome = await AuthenticateAsync(header);

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKeyIdWhileKeysDown_Unavailable()
    {
        Assert.Equal(AuthenticationStatus.Accepted, (await AuthenticateAsync(Bearer(TestTokens.Create(Env.ChannelKey, Env.ChannelToken())))).Status);
        Env.Server.MetadataMode = FakeMetadataMode.Failing;
        using var rotated = TestSigningKey.Create("channel-key-rotated", "msteams");

        var outcome = await AuthenticateAsync(Bearer(TestTokens.Create(rotated, Env.ChannelToken())));

        // The new key may well be genuine: without fresh keys the request cannot be judged, so 503 rather than 401.
        Assert.Equal(AuthenticationStatus.Unavailable, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyPublishedAfterFirstFetch_AcceptedAfterRefresh()
    {
        await AuthenticateAsync(Bearer(TestTokens.Create(Env.ChannelKey, Env.ChannelToken())));
        using var rotated = TestSigningKey.Create("channel-key-2", "msteams");
        Env.Server.AddChannelKey(rotated);

        var outcome = await AuthenticateAsync(Bearer(TestTokens.Create(rotated, Env.ChannelToken())));

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKeyIdAfterRefresh_RejectedAndRefreshRateLimited()
    {
        using var unpublished = TestSigningKey.Create("never-published", "msteams");
        var header = Bearer(TestTokens.Create(unpublished, Env.ChannelToken()));

        var first = await AuthenticateAsync(header);
        var afterFirst = Env.Server.MetadataRequestCount;
        var second = await AuthenticateAsync(header);

        Assert.Equal(AuthenticationStatus.Rejected, first.Status);
        Assert.Contains("never-published", first.Reason, StringComparison.Ordinal);
        Assert.Equal(4, afterFirst); // initial fetch + one refresh, document and keys each
        Assert.Equal(AuthenticationStatus.Rejected, second.Status);
        Assert.Equal(afterFirst, Env.Server.MetadataRequestCount);
    }

    private Task<AuthenticationOutcome> AuthenticateAsync(string? header)
        => Services.GetRequiredService<IRequestAuthenticator>().AuthenticateAsync(
            header,
            TeamsActivity(),
            TestContext.Current.CancellationToken);

    private static Activity TeamsActivity() => new() { Type = "message", ServiceUrl = ServiceUrl, ChannelId = ChannelId };
}
