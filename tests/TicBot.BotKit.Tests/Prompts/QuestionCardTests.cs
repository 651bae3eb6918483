using System.Text.Json;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Testing;

namespace TicBot.BotKit.Tests.Prompts;

/// <summary>
/// Questions in group chats and channels come as cards (the bot only hears messages that mention it there); every
/// card a question sends carries the question's id, and only an answer with that id is taken.
/// </summary>
public sealed class QuestionCardTests
{
    private static readonly ConversationReference Channel = TestAdapter.CreateConversation("msteams", conversationType: "channel");

    private static DialogTestClient CreateSut(BotKit.Dialogs.Dialog prompt, ConversationReference? conversation = null, string question = "Nom du projet ?")
        => new(new PromptHost(prompt, PromptOptions.FromText(question)), new TestAdapter(conversation));

    /// <summary>A card that says what it was asked for, with a submit button.</summary>
    private static Attachment Card(string? text, AnswerKind kind, UserLanguage language) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = JsonDocument.Parse($$$"""{"type":"AdaptiveCard","marker":"{{{text}}}|{{{kind}}}","actions":[{"type":"Action.Submit","data":{"action":"question.answer","v":1}}]}""").RootElement.Clone(),
    };

    private static Activity Answer(string answer) => new()
    {
        Type = ActivityTypes.Message,
        Value = JsonDocument.Parse($$"""{"action":"question.answer","v":1,"answer":"{{answer}}"}""").RootElement.Clone(),
    };

    [Fact]
    public async Task TextPrompt_InAChannel_AsksWithTheCardAndTakesItsAnswer()
    {
        await CreateSut(new TextPrompt("text") { AnswerCard = Card }, Channel).CreateTestFlow()
            .Send("bonjour").AssertCard(c => c.GetProperty("marker").GetString() == "Nom du projet ?|Text" && c.GetProperty("actions")[0].GetProperty("data").TryGetProperty(QuestionStamp.Key, out _))
            .Click(Answer("Portail famille")).AssertReply("result:\"Portail famille\"")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task TextPrompt_InAPersonalChat_AsksInWordsEvenWithACard()
    {
        await CreateSut(new TextPrompt("text") { AnswerCard = Card }).CreateTestFlow()
            .Send("bonjour").AssertReply("Nom du projet ?")
            .Send("Portail famille").AssertReply("result:\"Portail famille\"")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("12 500", "12500")]
    [InlineData("1 200,50", "1200.50")]
    public async Task NumberPrompt_CardAnswer_IsReadTheFrenchWay(string answer, string expected)
    {
        await CreateSut(new NumberPrompt("number", MarkedFormatter.Instance) { AnswerCard = Card }, Channel, "Combien ?").CreateTestFlow()
            .Send("bonjour").AssertCard(c => c.GetProperty("marker").GetString() == "Combien ?|Number")
            .Click(Answer(answer)).AssertReply($"result:{expected}")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ConfirmPrompt_InAChannel_ItsButtonsAnswer()
    {
        await CreateSut(new ConfirmPrompt("confirm") { AnswerCard = Card }, Channel, "On continue ?").CreateTestFlow()
            .Send("bonjour").AssertCard(c => c.GetProperty("marker").GetString() == "On continue ?|YesNo")
            .Click(Answer("non")).AssertReply("result:false")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task AnswerOfAnotherQuestion_IsRefused_NotCounted_AndChangesNothing()
    {
        var prompt = new TextPrompt("text") { AnswerCard = Card };
        await CreateSut(prompt, Channel).CreateTestFlow()
            .Send("bonjour").AssertCard(_ => true)
            .Send(TestFlow.WithQuestion(Answer("Intrus"), "AAAAAAAA")).AssertReply(PromptMessages.StaleQuestion.French)
            .Send(Answer("Sans identifiant")).AssertReply(PromptMessages.StaleQuestion.French)
            .Send(TestFlow.WithQuestion(Answer("Intrus"), "BBBBBBBB")).AssertReply(PromptMessages.StaleQuestion.French)
            .Send(TestFlow.WithQuestion(Answer("Encore"), "CCCCCCCC")).AssertReply(PromptMessages.StaleQuestion.French)
            // Four refused answers did not use up the three attempts: the right card still answers.
            .Click(Answer("Portail famille")).AssertReply("result:\"Portail famille\"")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task CardAnswer_WhenNoQuestionIsAsked_IsRefusedWithoutStartingAnything()
    {
        var sut = CreateSut(new TextPrompt("text") { AnswerCard = Card }, Channel);

        await sut.CreateTestFlow()
            .Send(TestFlow.WithQuestion(Answer("Portail"), "AAAAAAAA")).AssertReply(PromptMessages.StaleQuestion.French)
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Stamp_WritesTheIdIntoEverySubmitAndExecuteOfTheCard_AndOnlyThere()
    {
        var attachment = new Attachment
        {
            ContentType = Attachment.AdaptiveCardContentType,
            Content = JsonDocument.Parse("""
                {"type":"AdaptiveCard","body":[{"type":"ActionSet","actions":[{"type":"Action.Submit","title":"A"}]}],
                 "actions":[{"type":"Action.Execute","verb":"x","data":{"action":"x"},"fallback":{"type":"Action.Submit","data":{"action":"x"}}},
                            {"type":"Action.OpenUrl","url":"https://example.invalid/"},
                            {"type":"Action.ShowCard","card":{"type":"AdaptiveCard","actions":[{"type":"Action.Submit","data":{"k":1}}]}}]}
                """).RootElement.Clone(),
        };

        QuestionStamp.Apply(attachment, "Q1234567");

        var json = attachment.Content!.Value.GetRawText();
        Assert.Equal(4, json.Split("\"q\":\"Q1234567\"").Length - 1);
        Assert.Equal("Q1234567", QuestionStamp.Asked(new Activity { Attachments = [attachment] }));
        Assert.DoesNotContain("\"url\":\"https://example.invalid/\",\"data\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void NewId_IsShortAndDiffersEachTime()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => QuestionStamp.NewId()).ToHashSet();

        Assert.Equal(1000, ids.Count);
        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9_-]{8}$", id));
    }
}
