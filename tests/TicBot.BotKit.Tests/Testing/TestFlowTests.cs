using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Testing;

namespace TicBot.BotKit.Tests.Testing;

public sealed class TestFlowTests
{
    private static Task EchoAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => turnContext.SendActivityAsync($"écho : {turnContext.Activity.Text}", cancellationToken);

    private static TestFlow CreateSut() => new(new TestAdapter(), EchoAsync);

    [Fact]
    public async Task StartTestAsync_MatchingTranscript_Passes()
    {
        await CreateSut().Test("bonjour", "écho : bonjour").Send("x").AssertReplyContains("x").AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task StartTestAsync_WrongReply_ThrowsWithWhatCame()
    {
        var ex = await Assert.ThrowsAsync<TestFlowAssertionException>(() => CreateSut().Test("bonjour", "salut").StartTestAsync(TestContext.Current.CancellationToken));

        Assert.Contains("écho : bonjour", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartTestAsync_MissingReply_Throws()
    {
        await Assert.ThrowsAsync<TestFlowAssertionException>(() => CreateSut().Test("a", "écho : a").AssertReply("encore").StartTestAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task StartTestAsync_UnexpectedExtraReply_FailsAssertNoReply()
    {
        await Assert.ThrowsAsync<TestFlowAssertionException>(() => CreateSut().Send("a").AssertNoReply().StartTestAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ProcessActivityAsync_InboundActivity_IsCompletedFromTheConversation()
    {
        var sut = new TestAdapter { Locale = "en-US" };
        Activity? seen = null;

        await sut.ProcessActivityAsync(sut.MakeActivity("hi"), (tc, _) => { seen = tc.Activity; return Task.CompletedTask; }, TestContext.Current.CancellationToken);

        Assert.Equal("test", seen?.ChannelId);
        Assert.Equal("conversation-1", seen?.Conversation?.Id);
        Assert.Equal("user-1", seen?.From?.Id);
        Assert.Equal("en-US", seen?.Locale);
        Assert.NotNull(seen?.Id);
    }

    [Fact]
    public async Task SendActivitiesAsync_Reply_IsAddressedToTheUser()
    {
        var sut = new TestAdapter();

        await sut.SendTextToBotAsync("a", EchoAsync, TestContext.Current.CancellationToken);

        var reply = sut.GetNextReply();
        Assert.Equal("user-1", reply?.Recipient?.Id);
        Assert.Equal("bot", reply?.From?.Id);
        Assert.Null(sut.GetNextReply());
    }
}
