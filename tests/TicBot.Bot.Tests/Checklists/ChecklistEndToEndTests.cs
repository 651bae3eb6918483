using System.Net;
using System.Text.Json;
using static TicBot.Bot.Tests.Checklists.TeamsPayloads;

namespace TicBot.Bot.Tests.Checklists;

/// <summary>
/// The first feature end to end: the real bot over loopback HTTP, the fake channel as serviceUrl, and the recorded
/// Teams payloads for personal chats, group chats and team channels.
/// </summary>
public sealed class ChecklistEndToEndTests
{
    private const string Personal = "03-personal-message-hello.json";
    private const string Group = "14-group-message-with-mention.json";
    private const string Channel = "17-channel-message-new-post.json";
    private const string Invoke = "10-invoke-adaptiveCard-action.json";
    private const string Submit = "07-personal-message-card-submit.json";
    private static readonly string[] KeySteps = ["keystep.user-involvement", "keystep.clear-roles"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PersonalChat_CreateProjectThenTickByExecuteAndSubmit_CardsUpdateInPlace()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        await host.PostFixtureAsync(Personal, Ct, Says("étapes clés"));
        await host.PostFixtureAsync(Personal, Ct, Says("Portail famille"));
        await host.PostFixtureAsync(Personal, Ct, Says("commune"));
        using var execute = await host.PostFixtureAsync(Invoke, Ct, ExecuteSave("checklist.keysteps", KeySteps, [KeySteps[0]]));
        using var submit = await host.PostFixtureAsync(Submit, Ct, SubmitSave("checklist.keysteps", KeySteps, [KeySteps[0], KeySteps[1]], replyToId: "1795868155540"));

        var posted = host.Channel.PostedActivities.Select(p => p.Activity!).ToList();
        Assert.Contains("quel est le nom de votre projet", posted[0].Text, StringComparison.Ordinal);
        Assert.Equal("Les étapes clés à réussir", CardReading.Heading(posted[^1]));
        var body = JsonDocument.Parse(await execute.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Contains("1/6", body.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        var update = Assert.Single(host.Channel.Requests, r => r.Method == "PUT");
        Assert.EndsWith("/activities/1795868155540", update.RawTarget, StringComparison.Ordinal);
        Assert.Contains("2/6", update.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupChat_WithMention_MentionIsStrippedBeforeParsing()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        await host.PostFixtureAsync(Group, Ct, Says("<at>Test Bot</at> résumé"));
        await host.PostFixtureAsync(Group, Ct, Says("<at>Test Bot</at> Portail famille"));
        await host.PostFixtureAsync(Group, Ct, Says("<at>Test Bot</at> 1"));

        var posted = host.Channel.PostedActivities.Select(p => p.Activity!).ToList();
        Assert.Contains("Tous les membres de cette conversation le partagent", posted[^2].Text, StringComparison.Ordinal);
        // Cards set French typography: a no-break space inside the guillemets.
        Assert.Equal("Synthèse du projet «\u00A0Portail famille\u00A0»", CardReading.Heading(posted[^1]));
    }

    [Fact]
    public async Task TeamChannel_ThreadsAndMembers_ShareTheTeamsProject()
    {
        await using var host = await BotTestHost.StartAsync(Ct);
        await CreateTeamProjectAsync(host);

        using var tick = await host.PostFixtureAsync(Channel, Ct, InThread("2", "29:bob", AsInvoke(ExecuteSave("checklist.keysteps", KeySteps, [KeySteps[1]]))));
        await host.PostFixtureAsync(Channel, Ct, InThread("3", "29:carla", Says("<at>Test Bot</at> étapes clés")));

        Assert.Equal(HttpStatusCode.OK, tick.StatusCode);
        var last = host.Channel.PostedActivities[^1];
        Assert.Contains("team-id%3Bmessageid%3D3", last.RawTarget, StringComparison.Ordinal);
        Assert.Contains("1/6", last.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamChannel_TwoMembersTickAtTheSameMoment_BothTicksAreKept()
    {
        await using var host = await BotTestHost.StartAsync(Ct);
        await CreateTeamProjectAsync(host);
        string[] security = ["security.user-access-control", "security.user-strong-auth", "security.agent-workstation", "security.agent-card", "security.traceability", "security.attacks"];

        var responses = await Task.WhenAll(security.Select((item, i) =>
            host.PostFixtureAsync(Channel, Ct, InThread((10 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "29:member-" + i, AsInvoke(ExecuteSave("checklist.security", security, [item]))))));
        await host.PostFixtureAsync(Channel, Ct, InThread("99", "29:alice", Says("<at>Test Bot</at> sécurité")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Contains("6/9", host.Channel.PostedActivities[^1].Body, StringComparison.Ordinal); // the seed's 9 security items; the additions count apart
    }

    [Fact]
    public async Task Restart_BetweenTwoTurns_TheProjectAndTheQuestionInProgressSurvive()
    {
        var folder = Directory.CreateTempSubdirectory("ticbot-restart-").FullName;
        try
        {
            (string, string)[] settings = [("Storage:Provider", "File"), ("Storage:File:Path", folder)];
            await using (var before = await BotTestHost.StartAsync(Ct, settings))
            {
                await before.PostFixtureAsync(Personal, Ct, Says("communication"));
                await before.PostFixtureAsync(Personal, Ct, Says("Portail famille"));
            }

            await using var after = await BotTestHost.StartAsync(Ct, settings);
            await after.PostFixtureAsync(Personal, Ct, Says("Intercommunalité"));

            var posted = after.Channel.PostedActivities.Select(p => p.Activity!).ToList();
            Assert.Contains("le projet « Portail famille » est créé", posted[0].Text, StringComparison.Ordinal);
            Assert.Equal("Communiquer à chaque étape", CardReading.Heading(posted[1]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task CreateTeamProjectAsync(BotTestHost host)
    {
        await host.PostFixtureAsync(Channel, Ct, InThread("1", "29:alice", Says("<at>Test Bot</at> checklist")));
        await host.PostFixtureAsync(Channel, Ct, InThread("1", "29:alice", Says("<at>Test Bot</at> Projet numérique de la CC")));
        await host.PostFixtureAsync(Channel, Ct, InThread("1", "29:alice", Says("<at>Test Bot</at> intercommunalité")));
    }
}
