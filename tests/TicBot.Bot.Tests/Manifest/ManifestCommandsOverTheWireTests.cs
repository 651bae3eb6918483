using System.Net;
using System.Text.Json;
using TicBot.BotKit.Schema;
using static TicBot.Bot.Tests.Manifest.ManifestCommands;

namespace TicBot.Bot.Tests.Manifest;

/// <summary>
/// Each command of the manifest, sent to the running bot as Teams sends it when a member picks it in that scope
/// (with the @mention in shared places), in French and in English, is understood: the bot does not answer it as it
/// answers words it does not know.
/// </summary>
public sealed class ManifestCommandsOverTheWireTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> Commands()
        => [.. All().Select(c => new TheoryDataRow<string, string, string>(c.Scope, c.Language, c.Title))];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_SentInItsScope_IsUnderstood(string scope, string locale, string title)
    {
        await using var host = await BotTestHost.StartAsync(Ct);
        var notUnderstood = Texts(await SayAsync(host, scope, locale, "xyzzy plugh"));
        Assert.NotEmpty(notUnderstood);

        var replies = await SayAsync(host, scope, locale, title);

        Assert.NotEmpty(replies);
        Assert.DoesNotContain(Texts(replies), notUnderstood.Contains);
    }

    [Fact]
    public async Task PersonalOnlyCommands_SentInASharedPlace_AnswerOtherwise()
    {
        var personalOnly = TitlesIn("personal").Except(SharedScopes.SelectMany(TitlesIn)).ToList();
        Assert.Contains("mes données", personalOnly);
        await using var host = await BotTestHost.StartAsync(Ct);

        foreach (var title in personalOnly)
        {
            var locale = All().First(c => c.Title == title).Language;
            var inPrivate = Texts(await SayAsync(host, "personal", locale, title));
            var inGroup = Texts(await SayAsync(host, "groupChat", locale, title));

            Assert.True(inGroup.Count > 0 && !inGroup.SequenceEqual(inPrivate), $"'{title}' answers the same in a group chat as in a personal chat.");
        }
    }

    /// <summary>A recorded Teams message of <paramref name="scope"/>, in a conversation of its own, answered in the HTTP response.</summary>
    private static async Task<IReadOnlyList<Activity>> SayAsync(BotTestHost host, string scope, string locale, string text)
    {
        var (fixture, mention) = scope switch
        {
            "personal" => ("03-personal-message-hello.json", ""),
            "groupChat" => ("14-group-message-with-mention.json", "<at>Test Bot</at> "),
            "team" => ("17-channel-message-new-post.json", "<at>Test Bot</at> "),
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "not a Teams bot scope"),
        };
        var place = Guid.NewGuid().ToString("N");
        var body = TicBot.TestSupport.TeamsFixtures.Load(fixture).BodyWith(host.Channel.ServiceUrl, a =>
        {
            a["text"] = mention + text;
            a["locale"] = locale;
            a["id"] = Guid.NewGuid().ToString();
            a["deliveryMode"] = "expectReplies";
            a["conversation"]!["id"] = scope == "team" ? "team-id;messageid=" + place : place;
        });

        using var response = await host.PostAsync(body, Ct);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"'{text}' in {scope} answered {(int)response.StatusCode}.");
        return [.. JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(Ct), BotKitJsonContext.Default.ExpectedReplies)!.Activities];
    }

    private static List<string> Texts(IEnumerable<Activity> replies) => [.. replies.Select(r => r.Text).OfType<string>()];
}
