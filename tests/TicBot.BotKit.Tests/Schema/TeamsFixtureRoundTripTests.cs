using System.Text.Json;
using TicBot.BotKit.Schema;
using TicBot.TestSupport;

namespace TicBot.BotKit.Tests.Schema;

public sealed class TeamsFixtureRoundTripTests
{
    public static TheoryData<string> Fixtures() => [.. TeamsFixtures.Names];

    [Fact]
    public void Names_Always_CoverInboundAndOutboundFixtures()
    {
        Assert.True(TeamsFixtures.InboundNames.Count >= 10);
        Assert.Contains(TeamsFixtures.Names, n => !TeamsFixtures.Load(n).IsInbound);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Deserialize_RecordedTeamsActivity_ReserializesWithoutLosingAField(string name)
    {
        var fixture = TeamsFixtures.Load(name);

        var activity = JsonSerializer.Deserialize(fixture.BodyText, BotKitJsonContext.Default.Activity)!;
        var again = JsonSerializer.SerializeToElement(activity, BotKitJsonContext.Default.Activity);

        Assert.False(string.IsNullOrEmpty(activity.Type));
        Assert.True(JsonElement.DeepEquals(fixture.Body, again), $"{name} changed on round trip:\n{fixture.BodyText}\n{again.GetRawText()}");
    }

    [Fact]
    public void Deserialize_ChannelThreadMessage_ReadsTeamsFields()
    {
        var activity = JsonSerializer.Deserialize(TeamsFixtures.Load("17-channel-message-new-post.json").BodyText, BotKitJsonContext.Default.Activity)!;

        Assert.Equal("team-id;messageid=1795868164232", activity.Conversation?.Id);
        Assert.Equal("channel", activity.Conversation?.ConversationType);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", activity.GetTenantId());
        Assert.Equal("team-id", activity.GetTeamId());
    }

    [Fact]
    public void Deserialize_InvokeFixture_ReadsNameAndValue()
    {
        var activity = JsonSerializer.Deserialize(TeamsFixtures.Load("10-invoke-adaptiveCard-action.json").BodyText, BotKitJsonContext.Default.Activity)!;

        Assert.Equal(("invoke", "adaptiveCard/action"), (activity.Type, activity.Name));
        Assert.Equal("inc", activity.Value!.Value.GetProperty("action").GetProperty("verb").GetString());
    }
}
