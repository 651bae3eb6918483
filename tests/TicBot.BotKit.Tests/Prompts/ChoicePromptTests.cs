using System.Text.Json;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Recognizers;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Testing;

namespace TicBot.BotKit.Tests.Prompts;

public sealed class ChoicePromptTests
{
    private static readonly List<Choice> ThreeChoices =
    [
        new() { Value = "Recueil des besoins", Synonyms = ["besoins"] },
        new() { Value = "Étude de faisabilité", Synonyms = ["scénarios"] },
        new() { Value = "Étude d'organisation" },
    ];

    private static readonly List<Choice> FiveChoices = [.. ThreeChoices, new() { Value = "Planification" }, new() { Value = "Communication" }];

    private static DialogTestClient CreateSut(List<Choice> choices, ChoicePrompt? prompt = null, TestAdapter? adapter = null)
    {
        var options = PromptOptions.FromText("Quelle étape ?");
        options.Choices = choices;
        return new DialogTestClient(new PromptHost(prompt ?? new ChoicePrompt("choice"), options), adapter);
    }

    [Theory]
    [InlineData("1", 0)]
    [InlineData("Recueil des besoins", 0)]
    [InlineData("besoins", 0)]
    [InlineData("scenarios", 1)]
    [InlineData("etude d organisation", 2)]
    [InlineData("Étude de faisabilte", 1)]
    public async Task Continue_Answer_ReturnsFoundChoice(string input, int index)
    {
        await CreateSut(ThreeChoices).CreateTestFlow()
            .Send("bonjour").AssertReply("Quelle étape ?")
            .Send(input).AssertReply(a => a.Text!.Contains($"\"index\":{index}", StringComparison.Ordinal), $"choice {index}")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_AmbiguousAnswer_NamesTheCandidatesAndAsksAgain()
    {
        await CreateSut(ThreeChoices).CreateTestFlow()
            .Send("bonjour").AssertReply("Quelle étape ?")
            .Send("étude").AssertReply("Votre réponse correspond à plusieurs options : « Étude de faisabilité » ou « Étude d'organisation ». Laquelle choisissez-vous ?")
            .AssertReply("Quelle étape ?")
            .Send("faisabilité").AssertReplyContains("\"index\":1")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Begin_PersonalChatWithThreeChoices_UsesSuggestedActions()
    {
        await CreateSut(ThreeChoices).CreateTestFlow()
            .Send("bonjour").AssertReply(a => a.SuggestedActions?.Actions?.Count == 3 && a.Attachments is null, "three suggested actions")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Begin_ManyChoicesWithoutCard_ListsThemNumbered()
    {
        await CreateSut(FiveChoices).CreateTestFlow()
            .Send("bonjour").AssertReply("Quelle étape ?\n\n1. Recueil des besoins\n2. Étude de faisabilité\n3. Étude d'organisation\n4. Planification\n5. Communication")
            .Send("5").AssertReplyContains("\"value\":\"Communication\"")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Begin_ChannelWithCardFactory_ShowsTheCallersCardAndAcceptsItsSubmit()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("msteams", conversationType: "channel"));
        var prompt = new ChoicePrompt("choice") { CardFactory = (text, choices, _) => Card($"{text}|{choices.Count}") };
        var submit = new Activity { Type = ActivityTypes.Message, Value = JsonDocument.Parse("{\"choice\":\"Étude d'organisation\"}").RootElement };

        await CreateSut(ThreeChoices, prompt, adapter).CreateTestFlow()
            .Send("bonjour").AssertCard(c => c.GetProperty("marker").GetString() == "Quelle étape ?|3")
            .Click(submit).AssertReplyContains("\"index\":2")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Begin_PromptAlreadyCarriesACard_SendsItUnchanged()
    {
        var options = PromptOptions.FromText("Quelle étape ?");
        options.Choices = ThreeChoices;
        options.Prompt!.Attachments = [Card("fourni")];
        var sut = new DialogTestClient(new PromptHost(new ChoicePrompt("choice"), options));

        await sut.CreateTestFlow()
            .Send("bonjour").AssertReply(a => a.SuggestedActions is null && a.Attachments?.Count == 1, "the caller's card only")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    private static Attachment Card(string marker) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = JsonDocument.Parse($"{{\"type\":\"AdaptiveCard\",\"marker\":\"{marker}\",\"actions\":[{{\"type\":\"Action.Submit\"}}]}}").RootElement.Clone(),
    };
}
