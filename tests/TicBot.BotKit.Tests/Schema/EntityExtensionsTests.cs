using System.Text.Json;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Tests.Schema;

public sealed class EntityExtensionsTests
{
    [Fact]
    public void GetClientInfo_ClientInfoEntity_ReadsEveryField()
    {
        var sut = Parse("""{"type":"message","entities":[{"type":"mention"},{"type":"clientInfo","locale":"fr-FR","country":"FR","platform":"Web","timezone":"Europe/Paris"}]}""");

        Assert.Equal(new ClientInfo("fr-FR", "FR", "Web", "Europe/Paris"), sut.GetClientInfo());
    }

    [Fact]
    public void GetClientInfo_NoEntityOrWrongTypes_ReturnsNullOrNullFields()
    {
        Assert.Null(Parse("""{"type":"message"}""").GetClientInfo());
        Assert.Equal(new ClientInfo(null, null, null, null), Parse("""{"type":"message","entities":[{"type":"clientInfo","locale":5,"timezone":{}}]}""").GetClientInfo());
    }

    [Fact]
    public void GetMentions_MixedEntities_ReturnsWellFormedMentionsOnly()
    {
        var sut = Parse("""{"type":"message","entities":[null,{"type":"mention","mentioned":{"id":"28:bot","name":"TicBot"},"text":"<at>TicBot</at>"},{"type":"mention","mentioned":"x"},{"type":"clientInfo"}]}""");

        var mention = Assert.Single(sut.GetMentions());
        Assert.Equal(("28:bot", "TicBot", "<at>TicBot</at>"), (mention.Mentioned.Id, mention.Mentioned.Name, mention.Text));
    }

    [Fact]
    public void GetTenantId_ChannelDataOrConversation_PrefersChannelData()
    {
        Assert.Equal("t-data", Parse("""{"type":"message","channelData":{"tenant":{"id":"t-data"}},"conversation":{"tenantId":"t-conv"}}""").GetTenantId());
        Assert.Equal("t-conv", Parse("""{"type":"message","channelData":"weird","conversation":{"tenantId":"t-conv"}}""").GetTenantId());
        Assert.Null(Parse("""{"type":"message"}""").GetTenantId());
    }

    [Fact]
    public void GetTeamsEventType_ConversationUpdate_ReadsIt()
    {
        var sut = Parse("""{"type":"conversationUpdate","channelData":{"eventType":"teamMemberAdded","channel":{"id":"19:c"}}}""");

        Assert.Equal(("teamMemberAdded", "19:c"), (sut.GetTeamsEventType(), sut.GetTeamsChannelId()));
    }

    private static Activity Parse(string json) => JsonSerializer.Deserialize(json, BotKitJsonContext.Default.Activity)!;
}
