using System.Net;
using System.Text.Json.Nodes;
using TicBot.Bot.Handlers;
using TicBot.BotKit.Schema;

namespace TicBot.Bot.Tests;

public sealed class WelcomeTests
{
    private const string Install = "01-personal-installationUpdate.json";
    private const string Update = "02-personal-conversationUpdate.json";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Install, Update)]
    [InlineData(Update, Install)]
    public async Task BotAdded_InstallAndConversationUpdateInEitherOrder_WelcomesOnce(string first, string second)
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var one = await host.PostFixtureAsync(first, Ct);
        using var two = await host.PostFixtureAsync(second, Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (one.StatusCode, two.StatusCode));
        var welcome = Assert.Single(host.Channel.PostedActivities).Activity!;
        // The recorded installationUpdate says en-US; the conversationUpdate has no locale, so French.
        Assert.StartsWith(first == Install ? "Hello" : "Bonjour", CardReading.Heading(welcome), StringComparison.Ordinal);
        Assert.Equal("29770e9f-0020-4cbc-ad78-d26fea255b6e", welcome.Conversation?.Id);
    }

    [Fact]
    public async Task BotAdded_BothEventsAtTheSameTime_WelcomesOnce()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        var responses = await Task.WhenAll(host.PostFixtureAsync(Install, Ct), host.PostFixtureAsync(Update, Ct));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(host.Channel.PostedActivities);
    }

    [Fact]
    public async Task BotAdded_TwoConversations_WelcomesEach()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var one = await host.PostFixtureAsync(Install, Ct);
        using var two = await host.PostFixtureAsync("12-group-installationUpdate.json", Ct);

        // The group chat gets the mention hint, then the welcome card.
        Assert.Equal(3, host.Channel.PostedActivities.Count);
        Assert.Equal(2, host.Channel.PostedActivities.Count(p => p.Activity!.Attachments is { Count: 1 }));
    }

    [Fact]
    public async Task BotAddedToTeam_InstallAndTeamMemberAdded_WelcomesOnceWithMentionHint()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var one = await host.PostFixtureAsync("15-channel-installationUpdate.json", Ct);
        using var two = await host.PostFixtureAsync("16-channel-conversationUpdate-teamMemberAdded.json", Ct);

        var posted = host.Channel.PostedActivities;
        Assert.Equal(2, posted.Count);
        Assert.Equal(BotTexts.MentionHint.English, posted[0].Activity!.Text);
        Assert.StartsWith("Hello, I am TicBot", CardReading.Heading(posted[1].Activity!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemberJoinsChannel_BotNotAmongMembersAdded_NoWelcome()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await host.PostFixtureAsync("16-channel-conversationUpdate-teamMemberAdded.json", Ct,
            a => a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:new-colleague" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Channel.Requests);
    }

    [Theory]
    [InlineData("remove")]
    [InlineData("add-upgrade")]
    public async Task InstallationUpdate_NotAnAdd_NoWelcome(string action)
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await host.PostFixtureAsync(Install, Ct, a => a["action"] = action);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Channel.Requests);
    }

    [Theory]
    [InlineData(null, "auto", true)]
    [InlineData("en-US", "auto", false)]
    [InlineData("en-US", "fr", true)]
    [InlineData("fr-FR", "en", false)]
    public async Task BotAdded_LocaleAndLanguageSetting_WelcomeInTheRightLanguage(string? locale, string setting, bool french)
    {
        await using var host = await BotTestHost.StartAsync(Ct, ("Bot:Language", setting));

        using var response = await host.PostFixtureAsync(Install, Ct, a =>
        {
            a["locale"] = locale;
            a.Remove("entities");
        });

        var welcome = Assert.Single(host.Channel.PostedActivities).Activity!;
        Assert.StartsWith(french ? "Bonjour" : "Hello", CardReading.Heading(welcome), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotAdded_WelcomeRefusedByChannel_NextAddEventWelcomes()
    {
        await using var host = await BotTestHost.StartAsync(Ct);
        host.Channel.Enqueue(TicBot.TestSupport.ScriptedResponse.Error(403, "Forbidden"));

        using var one = await host.PostFixtureAsync(Install, Ct);
        using var two = await host.PostFixtureAsync(Update, Ct);
        using var three = await host.PostFixtureAsync(Install, Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (one.StatusCode, two.StatusCode));
        var posted = host.Channel.PostedActivities;
        Assert.Equal(2, posted.Count);
        Assert.StartsWith("Bonjour", CardReading.Heading(posted[1].Activity!), StringComparison.Ordinal);
    }

    [Fact]
    public void IsBotAdded_ConversationUpdateWithNullMembers_IsFalse()
    {
        var activity = new Activity { Type = ActivityTypes.ConversationUpdate, Recipient = new ChannelAccount { Id = "28:bot" }, MembersAdded = [null!, new ChannelAccount()] };

        Assert.False(WelcomeHandler.IsBotAdded(activity));
    }
}
