using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;
using TicBot.BotKit.State;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Tests.State;

public sealed class MemberConversationStateTests
{
    [Theory]
    [InlineData("personal", false, "msteams/conversations/a:1")]
    [InlineData(null, false, "msteams/conversations/a:1")]
    [InlineData("groupChat", true, "msteams/conversations/a:1/users/29:alice")]
    [InlineData("channel", true, "msteams/conversations/a:1/users/29:alice")]
    [InlineData(null, true, "msteams/conversations/a:1/users/29:alice")]
    public void GetStorageKey_PerMemberInSharedPlaces_PerConversationInPersonalChats(string? type, bool isGroup, string expected)
    {
        var sut = new MemberConversationState(new MemoryStorage());
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:alice" },
            Conversation = new ConversationAccount { Id = "a:1", ConversationType = type, IsGroup = isGroup },
        };

        Assert.Equal(expected, sut.GetStorageKey(new TurnContext(new StateTestAdapter(), activity)));
    }

    [Fact]
    public void GetStorageKey_GroupWithoutSender_Throws()
    {
        var sut = new MemberConversationState(new MemoryStorage());
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = "a:1", ConversationType = "groupChat", IsGroup = true },
        };

        Assert.Throws<InvalidOperationException>(() => sut.GetStorageKey(new TurnContext(new StateTestAdapter(), activity)));
    }
}
