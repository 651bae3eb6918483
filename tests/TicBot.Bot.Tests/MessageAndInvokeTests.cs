using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TicBot.Bot.Routing;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;
using TicBot.TestSupport;

namespace TicBot.Bot.Tests;

public sealed class MessageAndInvokeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> InboundFixtures() => [.. TeamsFixtures.InboundNames];

    [Fact]
    public async Task Message_PersonalChat_RepliesWithMenuThroughTheConnector()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await host.PostFixtureAsync("03-personal-message-hello.json", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posted = Assert.Single(host.Channel.PostedActivities);
        Assert.Equal("/_connector/v3/conversations/29770e9f-0020-4cbc-ad78-d26fea255b6e/activities/e7d588a7-dc5d-40df-a74f-93509185b362", posted.RawTarget);
        var reply = posted.Activity!;
        Assert.Equal("e7d588a7-dc5d-40df-a74f-93509185b362", reply.ReplyToId);
        Assert.Equal("Main menu", CardReading.Heading(reply));
        Assert.Equal(("00000000-0000-0000-0000-00000000000011", "user-id-0"), (reply.From?.Id, reply.Recipient?.Id));
        Assert.Null(reply.Id);
    }

    [Fact]
    public async Task Message_FrenchUser_RepliesInFrench()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await host.PostFixtureAsync("03-personal-message-hello.json", Ct, a =>
        {
            a["locale"] = "fr-FR";
            a["text"] = "bonjour";
        });

        Assert.Equal("Menu principal", CardReading.Heading(Assert.Single(host.Channel.PostedActivities).Activity!));
    }

    [Fact]
    public async Task Message_ChannelThread_RepliesInTheThreadWithEncodedConversationId()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await host.PostFixtureAsync("17-channel-message-new-post.json", Ct);

        // "steps" is not understood: a short help, then the menu, both in the thread.
        Assert.Equal(2, host.Channel.PostedActivities.Count);
        Assert.All(host.Channel.PostedActivities, posted =>
            Assert.StartsWith("/_connector/v3/conversations/team-id%3Bmessageid%3D1795868164232/activities/", posted.RawTarget, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_CardSubmitOfAnUnknownCard_IsRefusedPolitely()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await host.PostFixtureAsync("07-personal-message-card-submit.json", Ct);

        Assert.Equal("I could not understand this button. Type \"menu\" to start again.", Assert.Single(host.Channel.PostedActivities).Activity!.Text);
    }

    [Fact]
    public async Task Message_ExpectReplies_ReturnsTheMenuInTheBodyAndPostsNothing()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await host.PostFixtureAsync("03-personal-message-hello.json", Ct, a => a["deliveryMode"] = "expectReplies");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(Ct), BotKitJsonContext.Default.ExpectedReplies)!;
        Assert.Equal("Main menu", CardReading.Heading(Assert.Single(replies.Activities)));
        Assert.Empty(host.Channel.Requests);
    }

    [Fact]
    public async Task Invoke_AdaptiveCardActionOfAnUnknownCard_AnswersAMessageResponse()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await host.PostFixtureAsync("10-invoke-adaptiveCard-action.json", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Equal("I could not understand this button. Type \"menu\" to start again.", body.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Invoke_NameTheBotDoesNotHandle_Answers501()
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await host.PostFixtureAsync("10-invoke-adaptiveCard-action.json", Ct, a => a["name"] = "task/fetch");

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Message_HandlerRegisteredUnderMessageKey_ReplacesTheMenu()
    {
        await using var host = await BotTestHost.StartAsync(
            s => s.AddKeyedSingleton<IActivityHandler>(ActivityTypes.Message, new EchoHandler()), Ct);

        using var response = await host.PostFixtureAsync("14-group-message-with-mention.json", Ct);

        Assert.Equal("echo: hello group", Assert.Single(host.Channel.PostedActivities).Activity!.Text);
    }

    [Fact]
    public async Task Message_HandlerThrows_Answers200AndApologisesInFrench()
    {
        await using var host = await BotTestHost.StartAsync(
            s => s.AddKeyedSingleton<IActivityHandler>(ActivityTypes.Message, new ThrowingHandler()), Ct);

        using var response = await host.PostFixtureAsync("03-personal-message-hello.json", Ct, a => a["locale"] = "fr-FR");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TurnErrorPolicy.Apology.French, Assert.Single(host.Channel.PostedActivities).Activity!.Text);
    }

    [Fact]
    public async Task EmulatorTraffic_ConversationUpdateThenMessage_WelcomesAndReplies()
    {
        await using var host = await BotTestHost.StartAsync(Ct);
        var common = $$"""
            "channelId":"emulator","serviceUrl":"{{host.Channel.ServiceUrl}}","locale":"fr-FR",
            "conversation":{"id":"8a684db0-0f5c-11f0|livechat"},"recipient":{"id":"bot-1","name":"Bot","role":"bot"}
            """;

        using var update = await host.PostAsync($$$"""{"type":"conversationUpdate","id":"u1",{{{common}}},"from":{"id":"user-1"},"membersAdded":[{"id":"bot-1"},{"id":"user-1"}]}""", Ct);
        using var message = await host.PostAsync($$$"""{"type":"message","id":"m1","text":"bonjour",{{{common}}},"from":{"id":"user-1","name":"Utilisateur","role":"user"}}""", Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (update.StatusCode, message.StatusCode));
        var posted = host.Channel.PostedActivities;
        Assert.Equal(["Bonjour, je suis TicBot", "Menu principal"], posted.Select(p => CardReading.Heading(p.Activity!)));
        Assert.Equal("/_connector/v3/conversations/8a684db0-0f5c-11f0%7Clivechat/activities/m1", posted[1].RawTarget);
    }

    [Theory]
    [MemberData(nameof(InboundFixtures))]
    public async Task RecordedTeamsActivity_Always_IsHandledWith200(string name)
    {
        await using var host = await BotTestHost.StartAsync(Ct);

        using var response = await host.PostFixtureAsync(name, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(host.Channel.Requests, r => Assert.StartsWith("/_connector/v3/conversations/", r.RawTarget, StringComparison.Ordinal));
    }

    private sealed class ThrowingHandler : IActivityHandler
    {
        public Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
            => throw new InvalidOperationException("defect in a handler");
    }

    private sealed class EchoHandler : IActivityHandler
    {
        public Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
            => turnContext.SendActivityAsync($"echo: {turnContext.Activity.RemoveRecipientMention()}", cancellationToken);
    }
}
