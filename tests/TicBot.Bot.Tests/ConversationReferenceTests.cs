using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TicBot.BotKit.Proactive;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Storage;
using TicBot.TestSupport;

namespace TicBot.Bot.Tests;

/// <summary>The running bot keeps conversation references as Teams adds, uses and removes it, and speaks first with them.</summary>
public sealed class ConversationReferenceTests
{
    private const string Install = "01-personal-installationUpdate.json";
    private const string Hello = "03-personal-message-hello.json";
    private const string PersonalKey = "msteams/references/users/user-id-0";
    private static readonly ConversationPlace Alex = new("msteams", ConversationPlaceKind.Personal, "user-id-0");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InstallMessageUninstallReinstall_PersonalChat_StoredReferenceFollows()
    {
        var storage = new KeyRecordingStorage();
        await using var host = await BotTestHost.StartAsync(s => s.AddSingleton<IStorage>(storage), Ct);

        using var installed = await host.PostFixtureAsync(Install, Ct);
        Assert.Equal(host.Channel.ServiceUrl, (await ReferenceAsync(host))?.ServiceUrl);

        using var message = await host.PostFixtureAsync(Hello, Ct);
        using var again = await host.PostFixtureAsync(Hello, Ct, a => a["id"] = "second-message");
        Assert.Single(storage.WrittenKeys, k => k == PersonalKey);

        using var removed = await host.PostFixtureAsync(Install, Ct, a => Redelivered(a, "remove", "uninstall-1"));
        Assert.Null(await ReferenceAsync(host));

        using var reinstalled = await host.PostFixtureAsync(Install, Ct, a => Redelivered(a, "add", "reinstall-1"));
        Assert.Equal("29770e9f-0020-4cbc-ad78-d26fea255b6e", (await ReferenceAsync(host))?.ConversationId);
        Assert.All([installed, message, again, removed, reinstalled], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact]
    public async Task TeamInstalledThenRemoved_TeamReferenceFollows()
    {
        await using var host = await BotTestHost.StartAsync(Ct);
        var team = new ConversationPlace("msteams", ConversationPlaceKind.Team, "team-id");
        var store = host.Services.GetRequiredService<ConversationReferenceStore>();

        using var installed = await host.PostFixtureAsync("15-channel-installationUpdate.json", Ct);
        Assert.Equal("team-id", (await store.GetAsync(team, Ct))?.ConversationId);

        using var removed = await host.PostFixtureAsync("15-channel-installationUpdate.json", Ct, a => Redelivered(a, "remove", "uninstall-2"));
        Assert.Null(await store.GetAsync(team, Ct));
    }

    [Fact]
    public async Task MyData_AfterInstall_ExportShowsThePersonalChatReference()
    {
        await using var host = await BotTestHost.StartAsync(Ct);
        using var installed = await host.PostFixtureAsync(Install, Ct);

        using var asked = await host.PostFixtureAsync(Hello, Ct, French("mes données"));

        var export = string.Concat(host.Channel.PostedActivities.Skip(1).Select(p => p.Activity!.Text));
        Assert.Contains("\"conversationReferences\"", export, StringComparison.Ordinal);
        Assert.Contains("\"conversationId\": \"29770e9f-0020-4cbc-ad78-d26fea255b6e\"", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EraseMyData_Confirmed_DeletesThePersonalChatReference()
    {
        await using var host = await BotTestHost.StartAsync(Ct);
        using var installed = await host.PostFixtureAsync(Install, Ct);

        using var asked = await host.PostFixtureAsync(Hello, Ct, French("supprimer mes données"));
        using var confirmed = await host.PostFixtureAsync(Hello, Ct, French("oui", "confirm"));

        Assert.StartsWith("C’est fait", host.Channel.PostedActivities[^1].Activity!.Text, StringComparison.Ordinal);
        Assert.Null(await ReferenceAsync(host));
    }

    [Fact]
    public async Task ProactiveDeliveryWaitingOnTheConnector_UserTurnStillAnswered()
    {
        await using var host = await BotTestHost.StartAsync(Ct, ("BotKit:Connector:RequestTimeout", "00:05:00"));
        using var installed = await host.PostFixtureAsync(Install, Ct);
        host.Channel.Enqueue(ScriptedResponse.NoAnswer());
        var messenger = host.Services.GetRequiredService<IProactiveMessenger>();
        var delivery = messenger.DeliverToPersonAsync(
            new PersonDelivery(new ProactiveRecipient("user-id-0", "Alex Wilber"), null, Alex, new Activity { Type = ActivityTypes.Message, Text = "rappel" }),
            Ct);
        await host.Channel.WaitForRequestsAsync(2, TimeSpan.FromSeconds(30), Ct);

        using var response = await host.PostFixtureAsync(Hello, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(host.Channel.PostedActivities, p => p.RawTarget.EndsWith("/activities/e7d588a7-dc5d-40df-a74f-93509185b362", StringComparison.Ordinal));
        Assert.False(delivery.IsCompleted);
    }

    private static Action<JsonObject> French(string text, string? id = null) => activity =>
    {
        activity["text"] = text;
        activity["locale"] = "fr-FR";
        activity["id"] = id ?? activity["id"]?.GetValue<string>();
    };

    private static Task<PlaceReference?> ReferenceAsync(BotTestHost host)
        => host.Services.GetRequiredService<ConversationReferenceStore>().GetAsync(Alex, Ct);

    /// <summary>Another installation event of the same conversation: Teams gives each its own activity id.</summary>
    private static void Redelivered(System.Text.Json.Nodes.JsonObject activity, string action, string id)
    {
        activity["action"] = action;
        activity["id"] = id;
    }
}
