using System.Text.Json.Nodes;
using TicBot.BotKit.Proactive;

namespace TicBot.BotKit.Tests.Proactive;

/// <summary>The stored references follow installs, messages, removals, on the recorded Teams payloads.</summary>
public sealed class ConversationReferenceCaptureTests
{
    private const string Install = "01-personal-installationUpdate.json";
    private const string Hello = "03-personal-message-hello.json";
    private readonly ReferenceHarness _harness = new();

    [Fact]
    public async Task CaptureAsync_InstallMessageUninstallReinstall_StoredReferenceFollows()
    {
        await _harness.CaptureAsync(Install);
        var installed = await _harness.RawAsync("msteams/references/users/user-id-0");
        Assert.Equal(ReferenceHarness.PersonalChat, installed?.GetProperty("conversationId").GetString());
        Assert.Equal(ReferenceHarness.Tenant, installed?.GetProperty("tenantId").GetString());
        Assert.Equal(ReferenceHarness.Bot, installed?.GetProperty("botId").GetString());
        Assert.Equal("00000000-0000-0000-0000-0000000000020", installed?.GetProperty("userAadObjectId").GetString());

        var writes = _harness.Storage.Writes;
        await _harness.CaptureAsync(Hello);
        await _harness.CaptureAsync("07-personal-message-card-submit.json");
        Assert.Equal(writes, _harness.Storage.Writes);

        await _harness.CaptureAsync(Install, a => a["action"] = "remove");
        Assert.Null(await _harness.RawAsync("msteams/references/users/user-id-0"));

        await _harness.CaptureAsync(Install);
        Assert.NotNull(await _harness.RawAsync("msteams/references/users/user-id-0"));
    }

    [Fact]
    public async Task CaptureAsync_MessageWithNewServiceUrl_RewritesTheReference()
    {
        await _harness.CaptureAsync(Install);

        await _harness.CaptureAsync(Hello, a => a["serviceUrl"] = "https://smba.example.test/emea/");

        var stored = await _harness.RawAsync("msteams/references/users/user-id-0");
        Assert.Equal("https://smba.example.test/emea/", stored?.GetProperty("serviceUrl").GetString());
    }

    [Fact]
    public async Task CaptureAsync_FirstMessageSinceStart_WritesOnceThenNoMore()
    {
        await _harness.CaptureAsync(Hello);
        await _harness.CaptureAsync(Hello);
        await _harness.CaptureAsync(Hello);

        Assert.Equal(1, _harness.Storage.Writes);
    }

    [Fact]
    public async Task CaptureAsync_UnchangedPastTheRefreshInterval_WritesAgain()
    {
        await _harness.CaptureAsync(Hello);
        _harness.Time.Advance(TimeSpan.FromDays(1));

        await _harness.CaptureAsync(Hello);

        Assert.Equal(2, _harness.Storage.Writes);
    }

    [Fact]
    public async Task CaptureAsync_InstallAfterMessage_AlwaysWrites()
    {
        await _harness.CaptureAsync(Hello);

        await _harness.CaptureAsync(Install);

        Assert.Equal(2, _harness.Storage.Writes);
    }

    [Fact]
    public async Task CaptureAsync_PersonalUserRemoved_ReferenceRemoved()
    {
        await _harness.CaptureAsync(Install);

        // Recorded in another personal chat of the same user: the place is the user's.
        await _harness.CaptureAsync("11-custom-conversationUpdate-membersRemoved.json");

        Assert.Null(await _harness.StoredAsync(ReferenceHarness.Alex));
    }

    [Fact]
    public async Task CaptureAsync_TeamInstalledThenThreadMessage_KeepsTeamAndGeneralChannelWithoutWriting()
    {
        await _harness.CaptureAsync("15-channel-installationUpdate.json");
        await _harness.CaptureAsync("16-channel-conversationUpdate-teamMemberAdded.json");
        var writes = _harness.Storage.Writes;

        await _harness.CaptureAsync("17-channel-message-new-post.json");

        Assert.Equal(writes, _harness.Storage.Writes);
        var team = await _harness.RawAsync("msteams/references/teams/team-id");
        Assert.Equal("team-id", team?.GetProperty("conversationId").GetString());
        Assert.Equal("team", team?.GetProperty("place").GetProperty("kind").GetString());
        Assert.False(team?.TryGetProperty("userAadObjectId", out _));
    }

    [Fact]
    public async Task CaptureAsync_GroupChatMessagesFromDifferentPeople_OneReferenceNamingNobody()
    {
        await _harness.CaptureAsync("12-group-installationUpdate.json");
        var writes = _harness.Storage.Writes;

        await _harness.CaptureAsync("14-group-message-with-mention.json", a => a["from"] = new JsonObject { ["id"] = "29:someone-else", ["name"] = "Odile" });

        Assert.Equal(writes, _harness.Storage.Writes);
        var stored = await _harness.StoredAsync(ReferenceHarness.Group);
        Assert.Equal((ReferenceHarness.GroupChat, null), (stored?.ConversationId, stored?.UserAadObjectId));
    }

    [Fact]
    public async Task CaptureAsync_BotRemovedFromTeam_ReferenceRemoved()
    {
        await _harness.CaptureAsync("15-channel-installationUpdate.json");

        await _harness.CaptureAsync("16-channel-conversationUpdate-teamMemberAdded.json", a =>
        {
            a.Remove("membersAdded");
            a["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = ReferenceHarness.Bot });
        });

        Assert.Null(await _harness.StoredAsync(ReferenceHarness.Team));
    }

    [Fact]
    public async Task CaptureAsync_BotRemovedFromGroupChat_ReferenceRemoved()
    {
        await _harness.CaptureAsync("12-group-installationUpdate.json");

        await _harness.CaptureAsync("12-group-installationUpdate.json", a => a["action"] = "remove");

        Assert.Null(await _harness.StoredAsync(ReferenceHarness.Group));
    }

    [Fact]
    public async Task CaptureAsync_MemberLeavesTeamThenComesBack_DepartureRecordedThenForgotten()
    {
        var ct = TestContext.Current.CancellationToken;
        await _harness.CaptureAsync("15-channel-installationUpdate.json");

        await _harness.CaptureAsync("16-channel-conversationUpdate-teamMemberAdded.json", a =>
        {
            a.Remove("membersAdded");
            a["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "29:lead", ["aadObjectId"] = "aad-lead" });
        });

        var departure = await _harness.Store.GetDepartureAsync(ReferenceHarness.Team, "29:lead", ct);
        Assert.Equal(("aad-lead", _harness.Time.GetUtcNow()), (departure?.AadObjectId, departure?.RemovedAt));
        Assert.NotNull(await _harness.StoredAsync(ReferenceHarness.Team));

        await _harness.CaptureAsync("16-channel-conversationUpdate-teamMemberAdded.json", a => a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:lead" }));

        Assert.Null(await _harness.Store.GetDepartureAsync(ReferenceHarness.Team, "29:lead", ct));
    }

    [Fact]
    public async Task CaptureAsync_ActivityWithoutServiceUrlOrBot_StoresNothing()
    {
        await _harness.CaptureAsync(Hello, a => a.Remove("recipient"));
        await _harness.CaptureAsync(Hello, a => a.Remove("serviceUrl"));
        await _harness.CaptureAsync(Hello, a => a.Remove("channelId"));

        Assert.Equal(0, _harness.Storage.Writes);
    }

    [Theory]
    [InlineData("add", true)]
    [InlineData("add-upgrade", true)]
    [InlineData("remove", false)]
    public void IsBotAdded_InstallationUpdateActions(string action, bool expected)
    {
        Assert.Equal(expected, ConversationReferenceCapture.IsBotAdded(ReferenceHarness.Fixture(Install, a => a["action"] = action)));
    }
}
