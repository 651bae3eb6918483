using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TicBot.TestSupport;
using TicBot.TestSupport.Logging;

namespace TicBot.Bot.Tests.Security;

/// <summary>What the logs of whole turns hold: pseudonyms, never a person's id, name, words or token.</summary>
public sealed class LogPrivacyTests
{
    private const string UserId = "29:1SecretUserIdXyZ";
    private const string AadObjectId = "6b1d0c55-aaaa-4bbb-8ccc-secretaad001";
    private const string PersonalConversation = "a:1SecretPersonalConversationXyZ";
    private const string Name = "Élise Secrète";
    private const string Words = "texte-confidentiel-42";
    private const string Token = "eyJhbGciOi.secret-token-payload.signature";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FullTurns_EveryLogLine_HoldsNoIdNameTextOrTokenInClear()
    {
        var logs = new RecordingLoggerProvider();
        await using var host = await BotTestHost.StartAsync(
            services => services.AddSingleton<ILoggerProvider>(logs), Ct, ("Logging:LogLevel:Default", "Trace"));

        (await host.PostFixtureAsync("01-personal-installationUpdate.json", Ct, Personal)).Dispose();
        (await host.PostFixtureAsync("03-personal-message-hello.json", Ct, a => { Personal(a); a["text"] = "bonjour " + Words; })).Dispose();
        host.Channel.Enqueue(ScriptedResponse.Error(500, "InternalError", "the channel failed"));
        (await host.PostFixtureAsync("03-personal-message-hello.json", Ct, a => { Personal(a); a["text"] = "menu " + Words; })).Dispose();
        (await host.PostFixtureAsync("07-personal-message-card-submit.json", Ct, Personal)).Dispose();
        (await host.PostFixtureAsync("10-invoke-adaptiveCard-action.json", Ct, Personal)).Dispose();
        (await host.PostFixtureAsync("17-channel-message-new-post.json", Ct, a => a["from"] = From())).Dispose();
        using var withToken = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(TeamsFixtures.Load("03-personal-message-hello.json").BodyWith(host.Channel.ServiceUrl, Personal), Encoding.UTF8, "application/json"),
        };
        withToken.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Token);
        (await host.Client.SendAsync(withToken, Ct)).Dispose();
        using var rejected = await host.PostAsync($$$"""{"type":"message","from":{"id":"{{{UserId}}}"},"text":{"words":"{{{Words}}}"}}""", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        var everything = logs.Everything();
        // The turns did log about these people and places: by pseudonym.
        Assert.Contains(logs.Entries, e => e.Values.Values.OfType<string>().Any(v => v.Contains('#', StringComparison.Ordinal) && v.Length >= 17));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Exception is not null);
        foreach (var secret in new[] { "SecretUserId", "secretaad001", "SecretPersonalConversation", Name, "Secr%C3%A8te", Words, "secret-token-payload" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static void Personal(JsonObject activity)
    {
        activity["from"] = From();
        activity["conversation"]!["id"] = PersonalConversation;
        if (activity["channelData"]?["settings"]?["selectedChannel"] is JsonObject selected)
        {
            selected["id"] = PersonalConversation;
        }
    }

    private static JsonObject From() => new() { ["id"] = UserId, ["name"] = Name, ["aadObjectId"] = AadObjectId };
}
