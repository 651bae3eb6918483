using System.Text.Json;
using TicBot.BotKit.Proactive;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Tests.Proactive;

public sealed class ConversationReferenceStoreTests
{
    private readonly ReferenceHarness _harness = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExportAsync_PersonalChatAndDepartures_ListsBothAndNoSharedPlace()
    {
        await _harness.CaptureAsync("01-personal-installationUpdate.json");
        await _harness.CaptureAsync("12-group-installationUpdate.json");
        await _harness.Store.RecordDepartureAsync(new MemberDeparture(ReferenceHarness.Team, "user-id-0", null, _harness.Time.GetUtcNow()), Ct);
        await _harness.Store.RecordDepartureAsync(new MemberDeparture(ReferenceHarness.Team, "user-id-01", null, _harness.Time.GetUtcNow()), Ct);

        var export = await _harness.Store.ExportAsync("msteams", "user-id-0", Ct);

        Assert.Equal(ReferenceHarness.PersonalChat, export.GetProperty("personalChat").GetProperty("conversationId").GetString());
        var departure = Assert.Single(export.GetProperty("departures").EnumerateArray());
        Assert.Equal("team-id", departure.GetProperty("place").GetProperty("id").GetString());
        Assert.DoesNotContain(ReferenceHarness.GroupChat, export.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EraseAsync_Person_DeletesTheirReferenceAndDeparturesOnly()
    {
        await _harness.CaptureAsync("01-personal-installationUpdate.json");
        await _harness.CaptureAsync("15-channel-installationUpdate.json");
        await _harness.Store.RecordDepartureAsync(new MemberDeparture(ReferenceHarness.Group, "user-id-0", "aad", _harness.Time.GetUtcNow()), Ct);
        await _harness.Store.RecordDepartureAsync(new MemberDeparture(ReferenceHarness.Team, "user-id-0", "aad", _harness.Time.GetUtcNow()), Ct);
        await _harness.Store.RecordDepartureAsync(new MemberDeparture(ReferenceHarness.Team, "29:other", null, _harness.Time.GetUtcNow()), Ct);

        var erased = await _harness.Store.EraseAsync("msteams", "user-id-0", Ct);

        Assert.Equal(3, erased);
        Assert.Null(await _harness.RawAsync("msteams/references/users/user-id-0"));
        Assert.Empty(await _harness.Store.DeparturesOfAsync("msteams", "user-id-0", Ct));
        Assert.NotNull(await _harness.Store.GetDepartureAsync(ReferenceHarness.Team, "29:other", Ct));
        Assert.NotNull(await _harness.StoredAsync(ReferenceHarness.Team));
    }

    [Fact]
    public async Task EraseAsync_ThenMessage_StoresTheReferenceAgain()
    {
        await _harness.CaptureAsync("03-personal-message-hello.json");
        await _harness.Store.EraseAsync("msteams", "user-id-0", Ct);

        await _harness.CaptureAsync("03-personal-message-hello.json");

        Assert.NotNull(await _harness.RawAsync("msteams/references/users/user-id-0"));
    }

    [Fact]
    public async Task RemoveAsync_ThenSameMessage_WritesItAgain()
    {
        await _harness.CaptureAsync("03-personal-message-hello.json");
        await _harness.Store.RemoveAsync(ReferenceHarness.Alex, Ct);

        await _harness.CaptureAsync("03-personal-message-hello.json");

        Assert.Equal(2, _harness.Storage.Writes);
    }

    [Fact]
    public async Task GetAsync_UnreadableDocument_IsAbsentAndTheNextMessageRepairsIt()
    {
        await _harness.Storage.WriteAsync([new StorageWrite("msteams/references/users/user-id-0", JsonDocument.Parse("""{"place":"nonsense"}""").RootElement)], Ct);

        Assert.Null(await _harness.StoredAsync(ReferenceHarness.Alex));
        await _harness.CaptureAsync("03-personal-message-hello.json");

        Assert.Equal(ReferenceHarness.PersonalChat, (await _harness.StoredAsync(ReferenceHarness.Alex))?.ConversationId);
    }

    [Fact]
    public async Task RecordDepartureAsync_PersonalChat_Refused()
    {
        var departure = new MemberDeparture(ReferenceHarness.Alex, "user-id-0", null, _harness.Time.GetUtcNow());

        await Assert.ThrowsAsync<ArgumentException>(() => _harness.Store.RecordDepartureAsync(departure, Ct));
    }

    [Fact]
    public void Keys_Places_AreTheDocumentedOnes()
    {
        Assert.Equal("msteams/references/users/user-id-0", ProactiveStorageKeys.Reference(ReferenceHarness.Alex));
        Assert.Equal("msteams/references/teams/team-id", ProactiveStorageKeys.Reference(ReferenceHarness.Team));
        Assert.Equal($"msteams/references/chats/{ReferenceHarness.GroupChat}", ProactiveStorageKeys.Reference(ReferenceHarness.Group));
        Assert.Equal("msteams/departures/29:x/teams/team-id", ProactiveStorageKeys.Departure(ReferenceHarness.Team, "29:x"));
    }
}
