using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Schema;
using TicBot.TestSupport;

namespace TicBot.BotKit.Tests.Hosting;

public sealed class CloudAdapterProactiveTests : IAsyncLifetime
{
    private FakeChannel _channel = null!;
    private BotKitTestHost _host = null!;
    private BotCallbackHandler _bot = (_, _) => Task.CompletedTask;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync(cancellationToken: Ct);
        _host = await BotKitTestHost.StartAsync((turn, ct) => _bot(turn, ct), null, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task ContinueConversationAsync_StoredReference_PostsIntoTheConversation()
    {
        var sut = _host.Services.GetRequiredService<CloudAdapter>();
        var reference = new ConversationReference
        {
            ServiceUrl = _channel.ServiceUrl,
            ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = "a:conv" },
            Bot = new ChannelAccount { Id = "28:bot" },
            User = new ChannelAccount { Id = "29:user" },
        };

        await sut.ContinueConversationAsync(reference, (turn, ct) => turn.SendActivityAsync("rappel", ct), Ct);

        var posted = Assert.Single(_channel.PostedActivities);
        Assert.Equal("/_connector/v3/conversations/a%3Aconv/activities", posted.RawTarget);
        Assert.Equal(("rappel", "28:bot", "29:user"), (posted.Activity!.Text, posted.Activity.From?.Id, posted.Activity.Recipient?.Id));
    }

    [Fact]
    public async Task CreateConversationAsync_TenantAndUser_CreatesThenPostsInTheNewConversation()
    {
        var sut = _host.Services.GetRequiredService<CloudAdapter>();
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
        };

        await sut.CreateConversationAsync(_channel.ServiceUrl, "msteams", parameters, (turn, ct) => turn.SendActivityAsync("bonjour", ct), Ct);

        var requests = _channel.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal("/_connector/v3/conversations", requests[0].RawTarget);
        Assert.StartsWith("/_connector/v3/conversations/conv-1/activities", requests[1].RawTarget, StringComparison.Ordinal);
        Assert.Equal("bonjour", requests[1].Activity!.Text);
    }

    [Fact]
    public async Task ContinueConversationAsync_ReferenceWithActivityIdAndTenant_SendsANewMessageCarryingTheTenant()
    {
        var sut = _host.Services.GetRequiredService<CloudAdapter>();
        var reference = new ConversationReference
        {
            ActivityId = "1795868164232",
            ServiceUrl = _channel.ServiceUrl,
            ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = "team-id;messageid=1795868164232", TenantId = "tenant-1" },
            Bot = new ChannelAccount { Id = "28:bot" },
        };

        await sut.ContinueConversationAsync(reference, (turn, ct) => turn.SendActivityAsync("rappel", ct), Ct);

        var posted = Assert.Single(_channel.PostedActivities);
        Assert.Equal("/_connector/v3/conversations/team-id%3Bmessageid%3D1795868164232/activities", posted.RawTarget);
        Assert.Null(posted.Activity!.ReplyToId);
        Assert.Equal("tenant-1", TeamsChannelData.GetTenantId(posted.Activity.ChannelData));
    }

    [Fact]
    public async Task CreateConversationAsync_TenantOnlyInChannelData_KeptOnTheRequestTheTurnAndItsSends()
    {
        var sut = _host.Services.GetRequiredService<CloudAdapter>();
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            ChannelData = System.Text.Json.JsonDocument.Parse("""{"tenant":{"id":"tenant-1"}}""").RootElement,
        };
        string? turnTenant = null;

        await sut.CreateConversationAsync(_channel.ServiceUrl, "msteams", parameters, (turn, ct) =>
        {
            turnTenant = turn.Activity.GetTenantId();
            return turn.SendActivityAsync("bonjour", ct);
        }, Ct);

        var requests = _channel.Requests;
        Assert.Equal("tenant-1", requests[0].Json!.Value.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("tenant-1", turnTenant);
        Assert.Equal("tenant-1", TeamsChannelData.GetTenantId(requests[1].Activity!.ChannelData));
        Assert.Equal("tenant-1", requests[1].Activity!.Conversation?.TenantId);
    }

    [Fact]
    public async Task TurnContext_UpdateDeleteAndTyping_ReachTheConnector()
    {
        _bot = async (turn, ct) =>
        {
            await turn.SendTypingAsync(ct);
            var sent = await turn.SendActivityAsync("v1", ct);
            await turn.UpdateActivityAsync(new Activity { Type = ActivityTypes.Message, Id = sent!.Id, Text = "v2" }, ct);
            await turn.DeleteActivityAsync(sent.Id!, ct);
        };

        using var response = await _host.PostAsync(CloudAdapterTests.Activity("message", """ "id":"in-1","text":"go" """, _channel.ServiceUrl), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = _channel.Requests;
        Assert.Equal(["POST", "POST", "PUT", "DELETE"], requests.Select(r => r.Method));
        Assert.Equal("typing", requests[0].Activity!.Type);
        Assert.Equal("v2", requests[2].Activity!.Text);
        Assert.EndsWith("/activities/act-2", requests[2].RawTarget, StringComparison.Ordinal);
        Assert.EndsWith("/activities/act-2", requests[3].RawTarget, StringComparison.Ordinal);
    }
}
