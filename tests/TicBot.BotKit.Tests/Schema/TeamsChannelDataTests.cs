using System.Text.Json;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Tests.Schema;

public sealed class TeamsChannelDataTests
{
    [Fact]
    public void WithTenant_NoChannelData_CreatesTenantOnly()
    {
        var sut = TeamsChannelData.WithTenant(null, "tenant-1");

        Assert.Equal("""{"tenant":{"id":"tenant-1"}}""", sut?.GetRawText());
    }

    [Fact]
    public void WithTenant_OtherFields_KeepsThemAndAddsTheTenant()
    {
        var sut = TeamsChannelData.WithTenant(Json("""{"channel":{"id":"19:general"},"notification":{"alert":true}}"""), "tenant-1");

        Assert.Equal("19:general", sut?.GetProperty("channel").GetProperty("id").GetString());
        Assert.True(sut?.GetProperty("notification").GetProperty("alert").GetBoolean());
        Assert.Equal("tenant-1", TeamsChannelData.GetTenantId(sut));
    }

    [Fact]
    public void WithTenant_TenantAlreadySetOrUnknown_LeavesItAsItIs()
    {
        var data = Json("""{"tenant":{"id":"tenant-0"}}""");

        Assert.Equal("tenant-0", TeamsChannelData.GetTenantId(TeamsChannelData.WithTenant(data, "tenant-1")));
        Assert.Null(TeamsChannelData.WithTenant(null, null));
    }

    [Fact]
    public void WithTenant_ChannelDataNotAnObject_ReplacedByTheTenant()
    {
        Assert.Equal("tenant-1", TeamsChannelData.GetTenantId(TeamsChannelData.WithTenant(Json("\"weird\""), "tenant-1")));
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
