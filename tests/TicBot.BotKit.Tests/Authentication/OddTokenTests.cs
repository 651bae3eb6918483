using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Schema;
using TicBot.TestSupport.Auth;
using static TicBot.TestSupport.Auth.BotAuthenticationTestEnvironment;

namespace TicBot.BotKit.Tests.Authentication;

/// <summary>Syntactically valid JWTs with claims of the wrong JSON type: a clear rejection, never an exception.</summary>
public sealed class OddTokenTests : AuthenticatorTestBase
{
    [Theory]
    [InlineData("""{"alg":"RS256","kid":"channel-key-1"}""", """{"iss":123,"aud":"x","exp":9999999999}""")]
    [InlineData("""{"alg":"RS256","kid":"channel-key-1"}""", """{"iss":"https://api.botframework.com","exp":"tomorrow"}""")]
    [InlineData("""{"alg":"RS256","kid":"channel-key-1"}""", """{"iss":"https://api.botframework.com","exp":9999999999,"nbf":"now"}""")]
    [InlineData("""{"alg":"RS256","kid":42}""", """{"iss":"https://api.botframework.com","exp":9999999999}""")]
    [InlineData("""{"alg":256,"kid":"channel-key-1"}""", """{"iss":"https://api.botframework.com","exp":9999999999}""")]
    [InlineData("""{"alg":"RS256","kid":"channel-key-1"}""", """["not","an","object"]""")]
    [InlineData("""[]""", """{"iss":"https://api.botframework.com","exp":9999999999}""")]
    [InlineData("""{"alg":"RS256","kid":"channel-key-1"}""", """{"iss":"https://api.botframework.com","exp":1e400}""")]
    [InlineData("""{"alg":"RS256","kid":"channel-key-1","crit":["exp"]}""", """{"iss":"https://api.botframework.com","exp":9999999999}""")]
    public async Task AuthenticateAsync_WrongClaimTypes_Rejected(string header, string payload)
    {
        var token = $"{Base64UrlEncoder.Encode(header)}.{Base64UrlEncoder.Encode(payload)}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("sig"))}";

        var outcome = await Services.GetRequiredService<IRequestAuthenticator>().AuthenticateAsync(
            Bearer(token),
            new Activity { Type = "message", ServiceUrl = ServiceUrl, ChannelId = ChannelId },
            TestContext.Current.CancellationToken);

        Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Reason));
    }

    [Fact]
    public async Task AuthenticateAsync_IssuerWithLineBreaks_ReasonStaysOneShortLine()
    {
        var issuer = "https://evil.example/\r\nINFO forged log line " + new string('x', 5000);
        var token = TestTokens.Create(Env.ChannelKey, Env.ChannelToken() with { Issuer = issuer });

        var outcome = await Services.GetRequiredService<IRequestAuthenticator>().AuthenticateAsync(
            Bearer(token),
            new Activity { Type = "message", ServiceUrl = ServiceUrl, ChannelId = ChannelId },
            TestContext.Current.CancellationToken);

        Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
        Assert.DoesNotContain('\n', outcome.Reason!);
        Assert.DoesNotContain('\r', outcome.Reason!);
        Assert.True(outcome.Reason!.Length < 300, outcome.Reason);
    }
}
