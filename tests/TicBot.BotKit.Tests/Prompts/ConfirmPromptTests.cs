using System.Text.Json;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Testing;

namespace TicBot.BotKit.Tests.Prompts;

public sealed class ConfirmPromptTests
{
    private static DialogTestClient CreateSut(TestAdapter? adapter = null)
        => new(new PromptHost(new ConfirmPrompt("confirm"), PromptOptions.FromText("On continue ?")), adapter);

    [Theory]
    [InlineData("oui", "true")]
    [InlineData("O", "true")]
    [InlineData("d'accord", "true")]
    [InlineData("OK", "true")]
    [InlineData("yes", "true")]
    [InlineData("non", "false")]
    [InlineData("n", "false")]
    [InlineData("pas maintenant", "false")]
    [InlineData("no", "false")]
    public async Task Continue_YesOrNo_ReturnsBoolean(string input, string expected)
    {
        await CreateSut().CreateTestFlow()
            .Send("bonjour").AssertReply("On continue ?")
            .Send(input).AssertReply($"result:{expected}")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("peut-être")]
    [InlineData("")]
    [InlineData("abc")]
    public async Task Continue_Neither_AsksForYesOrNo(string input)
    {
        await CreateSut().CreateTestFlow()
            .Send("bonjour").AssertReply("On continue ?")
            .Send(input).AssertReply(PromptMessages.NotAYesNo.French).AssertReply("On continue ?")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Begin_PersonalChat_OffersOuiNonSuggestedActions()
    {
        await CreateSut().CreateTestFlow()
            .Send("bonjour").AssertReply(a => a.SuggestedActions?.Actions?.Select(x => x.Title).SequenceEqual(["Oui", "Non"]) == true, "Oui/Non buttons")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Begin_ChannelConversation_HasNoSuggestedActions()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("msteams", conversationType: "channel"));

        await CreateSut(adapter).CreateTestFlow()
            .Send("bonjour").AssertReply(a => a.SuggestedActions is null, "no suggested actions")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_ChannelMessageWithBotMention_ReadsOnlyTheAnswer()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("msteams", conversationType: "channel"));
        var mention = JsonDocument.Parse("{\"mentioned\":{\"id\":\"bot\",\"name\":\"TicBot\"},\"text\":\"<at>TicBot</at>\"}").RootElement;
        var answer = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<at>TicBot</at>&nbsp;oui",
            Entities = [new Entity { Type = "mention", Properties = mention.EnumerateObject().ToDictionary(p => p.Name, p => p.Value) }],
        };

        await CreateSut(adapter).CreateTestFlow()
            .Send("bonjour").AssertReply("On continue ?")
            .Send(answer).AssertReply("result:true")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }
}
