using System.Text.Json;
using System.Text.Json.Nodes;
using TicBot.BotKit.Proactive;
using TicBot.BotKit.Schema;
using TicBot.TestSupport;

namespace TicBot.BotKit.Tests.Proactive;

/// <summary>Reaching a person: their chat, a chat opened for them, or the project's place with a mention.</summary>
public sealed class ProactiveMessengerTests : IAsyncLifetime
{
    private static readonly ProactiveRecipient Megan = new("user-id-1", "Megan Bowen", "aad-megan");
    private static readonly ProactiveRecipient Alex = new("user-id-0", "Alex Wilber");
    private MessengerHarness _harness = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _harness = await MessengerHarness.StartAsync(Ct);

    public async ValueTask DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task DeliverToPersonAsync_PersonalChatStored_SendsANewMessageCarryingTheTenant()
    {
        await _harness.CaptureAsync("01-personal-installationUpdate.json");

        var outcome = await DeliverAsync(Alex, ReferenceHarness.Alex);

        Assert.Equal((DeliveryStatus.SentToPerson, DeliveryReason.None), (outcome.Status, outcome.Reason));
        var posted = Assert.Single(_harness.Channel.Requests);
        Assert.Equal($"/_connector/v3/conversations/{ReferenceHarness.PersonalChat}/activities", posted.RawTarget);
        var activity = posted.Activity!;
        Assert.Null(activity.ReplyToId);
        Assert.Equal(ReferenceHarness.Tenant, activity.GetTenantId());
        Assert.Equal(ReferenceHarness.Tenant, TeamsChannelData.GetTenantId(activity.ChannelData));
        Assert.Equal((ReferenceHarness.Bot, "user-id-0", "rappel"), (activity.From?.Id, activity.Recipient?.Id, activity.Text));
        Assert.StartsWith("act-", outcome.ActivityId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverToPersonAsync_TeamLeadWithoutPersonalChat_OpensOneAsRecordedAndStoresIt()
    {
        await _harness.CaptureAsync("15-channel-installationUpdate.json");

        var outcome = await DeliverAsync(Megan, ReferenceHarness.Team);

        var requests = _harness.Channel.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal("/_connector/v3/conversations", requests[0].RawTarget);
        var recorded = RecordedCreateBody(isGroup: false);
        recorded["members"]![0]!["id"] = Megan.Id;
        Assert.True(JsonNode.DeepEquals(recorded, JsonNode.Parse(requests[0].Body)), $"Sent {requests[0].Body}, recorded {recorded.ToJsonString()}");
        Assert.Equal("/_connector/v3/conversations/conv-1/activities", requests[1].RawTarget);
        Assert.Equal(Megan.Id, requests[1].Activity!.Recipient?.Id);
        Assert.Equal((DeliveryStatus.SentToPerson, "conv-1"), (outcome.Status, outcome.ConversationId));
        var stored = await _harness.Store.GetAsync(new ConversationPlace("msteams", ConversationPlaceKind.Personal, Megan.Id), Ct);
        Assert.Equal(("conv-1", "aad-megan", ReferenceHarness.Tenant), (stored?.ConversationId, stored?.UserAadObjectId, stored?.TenantId));
    }

    [Fact]
    public async Task DeliverToPersonAsync_OpeningRefused_PostsInTheGeneralChannelMentioningThePerson()
    {
        await _harness.CaptureAsync("15-channel-installationUpdate.json");
        _harness.Channel.Enqueue(ScriptedResponse.Error(403, "Forbidden", "The app is not installed for this user"));

        var outcome = await DeliverAsync(Megan, ReferenceHarness.Team);

        Assert.Equal((DeliveryStatus.SentToPlace, DeliveryReason.PersonalChatRefused), (outcome.Status, outcome.Reason));
        Assert.Contains("Forbidden", outcome.Detail, StringComparison.Ordinal);
        var post = _harness.Channel.Requests[1];
        Assert.Equal("/_connector/v3/conversations", post.RawTarget);
        var body = JsonNode.Parse(post.Body)!;
        var recorded = RecordedCreateBody(isGroup: true);
        Assert.Equal(recorded["isGroup"]!.GetValue<bool>(), body["isGroup"]!.GetValue<bool>());
        Assert.Equal(recorded["channelData"]!["channel"]!["id"]!.GetValue<string>(), body["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal(ReferenceHarness.Tenant, body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        var activity = JsonSerializer.Deserialize(body["activity"]!.ToJsonString(), BotKitJsonContext.Default.Activity)!;
        Assert.Equal("<at>Megan Bowen</at> rappel", activity.Text);
        var mention = Assert.Single(activity.GetMentions());
        Assert.Equal((Megan.Id, "Megan Bowen", "<at>Megan Bowen</at>"), (mention.Mentioned.Id, mention.Mentioned.Name, mention.Text));
        Assert.Equal("conv-1", outcome.ConversationId);
        Assert.NotNull(await _harness.Store.GetAsync(ReferenceHarness.Team, Ct));
    }

    [Fact]
    public async Task DeliverToPersonAsync_GroupChatProject_PostsInTheChatMentioningThePerson()
    {
        await _harness.CaptureAsync("12-group-installationUpdate.json");

        var outcome = await DeliverAsync(Megan, ReferenceHarness.Group);

        Assert.Equal((DeliveryStatus.SentToPlace, DeliveryReason.NoPersonalChat), (outcome.Status, outcome.Reason));
        var posted = Assert.Single(_harness.Channel.Requests);
        Assert.Equal($"/_connector/v3/conversations/{ReferenceHarness.GroupChat}/activities", posted.RawTarget);
        Assert.StartsWith("<at>Megan Bowen</at>", posted.Activity!.Text, StringComparison.Ordinal);
        Assert.Equal(ReferenceHarness.Tenant, TeamsChannelData.GetTenantId(posted.Activity.ChannelData));
    }

    [Fact]
    public async Task DeliverToPersonAsync_GroupChatProjectPersonHasAPersonalChat_SendsToThem()
    {
        await _harness.CaptureAsync("12-group-installationUpdate.json");
        await _harness.CaptureAsync("01-personal-installationUpdate.json");

        var outcome = await DeliverAsync(Alex, ReferenceHarness.Group);

        Assert.Equal(DeliveryStatus.SentToPerson, outcome.Status);
        Assert.Contains(ReferenceHarness.PersonalChat, Assert.Single(_harness.Channel.Requests).RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverToPersonAsync_PersonalChatBlocked403_RemovesTheReferenceAndFails()
    {
        await _harness.CaptureAsync("01-personal-installationUpdate.json");
        _harness.Channel.Enqueue(ScriptedResponse.Error(403, "MessageWritesBlocked"));

        var outcome = await DeliverAsync(Alex, ReferenceHarness.Alex);

        Assert.Equal((DeliveryStatus.Failed, DeliveryReason.BlockedByUser), (outcome.Status, outcome.Reason));
        Assert.Null(await _harness.Store.GetAsync(ReferenceHarness.Alex, Ct));
        Assert.Single(_harness.Channel.Requests);
    }

    [Fact]
    public async Task DeliverToPersonAsync_PersonalChatBlockedInATeamProject_PostsInTheTeamWithoutReopening()
    {
        await _harness.CaptureAsync("01-personal-installationUpdate.json");
        await _harness.CaptureAsync("15-channel-installationUpdate.json");
        _harness.Channel.Enqueue(ScriptedResponse.Error(403, "MessageWritesBlocked"));

        var outcome = await DeliverAsync(Alex, ReferenceHarness.Team);

        Assert.Equal((DeliveryStatus.SentToPlace, DeliveryReason.BlockedByUser), (outcome.Status, outcome.Reason));
        var requests = _harness.Channel.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(JsonNode.Parse(requests[1].Body)!["isGroup"]!.GetValue<bool>());
    }

    [Fact]
    public async Task DeliverToPersonAsync_PersonalChatGone404_OpensANewOneAndStoresIt()
    {
        await _harness.CaptureAsync("01-personal-installationUpdate.json");
        _harness.Channel.Enqueue(ScriptedResponse.Error(404, "ConversationNotFound"));

        var outcome = await DeliverAsync(Alex, ReferenceHarness.Alex);

        Assert.Equal((DeliveryStatus.SentToPerson, "conv-1"), (outcome.Status, outcome.ConversationId));
        Assert.Equal("conv-1", (await _harness.Store.GetAsync(ReferenceHarness.Alex, Ct))?.ConversationId);
    }

    [Fact]
    public async Task DeliverToPlaceAsync_TeamAnswers403_RemovesTheTeamReference()
    {
        await _harness.CaptureAsync("15-channel-installationUpdate.json");
        _harness.Channel.Enqueue(ScriptedResponse.Error(403, "BotDisabledByAdmin"));

        var outcome = await _harness.Messenger.DeliverToPlaceAsync(ReferenceHarness.Team, Message(), Ct);

        Assert.Equal((DeliveryStatus.Failed, DeliveryReason.BotDisabledByAdmin), (outcome.Status, outcome.Reason));
        Assert.Null(await _harness.Store.GetAsync(ReferenceHarness.Team, Ct));
    }

    [Fact]
    public async Task DeliverToPlaceAsync_NothingStored_FailsWithNoReferenceAndCallsNobody()
    {
        var outcome = await _harness.Messenger.DeliverToPlaceAsync(ReferenceHarness.Group, Message(), Ct);

        Assert.Equal((DeliveryStatus.Failed, DeliveryReason.NoReference), (outcome.Status, outcome.Reason));
        Assert.Empty(_harness.Channel.Requests);
    }

    [Fact]
    public async Task DeliverToPersonAsync_MessageGiven_IsNotChanged()
    {
        await _harness.CaptureAsync("12-group-installationUpdate.json");
        var message = Message();

        await _harness.Messenger.DeliverToPersonAsync(new PersonDelivery(Megan, null, ReferenceHarness.Group, message), Ct);

        Assert.Equal(("rappel", null, null), (message.Text, message.Entities, message.Conversation));
    }

    private static Activity Message() => new() { Type = ActivityTypes.Message, Text = "rappel" };

    private Task<DeliveryOutcome> DeliverAsync(ProactiveRecipient person, ConversationPlace place)
        => _harness.Messenger.DeliverToPersonAsync(new PersonDelivery(person, ReferenceHarness.Tenant, place, Message()), Ct);

    /// <summary>The create-conversation body Agents Playground recorded (20-connector-rest-api.json) for a 1:1 or a channel post.</summary>
    private static JsonNode RecordedCreateBody(bool isGroup)
    {
        var observed = TeamsFixtures.Load("20-connector-rest-api.json").Root.GetProperty("observed").EnumerateArray()
            .First(o => o.GetProperty("request").GetString() == "POST /_connector/v3/conversations"
                && o.GetProperty("body").GetProperty("isGroup").GetBoolean() == isGroup);
        return JsonNode.Parse(observed.GetProperty("body").GetRawText())!;
    }
}
