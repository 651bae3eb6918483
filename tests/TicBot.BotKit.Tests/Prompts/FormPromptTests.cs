using System.Text.Json;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Testing;

namespace TicBot.BotKit.Tests.Prompts;

public sealed class FormPromptTests
{
    private static DialogTestClient CreateSut()
    {
        var prompt = new FormPrompt("form", RenderCard, ValidateAsync);
        return new DialogTestClient(new PromptHost(prompt, PromptOptions.FromText("Décrivez le projet :")));
    }

    /// <summary>A card that records what it was asked to show, so the test can check it.</summary>
    private static Attachment RenderCard(JsonElement? values, IReadOnlyDictionary<string, string> errors, UserLanguage language) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["type"] = "AdaptiveCard",
            ["name"] = values is { } v && v.TryGetProperty("name", out var n) ? n.GetString() ?? string.Empty : string.Empty,
            ["errors"] = string.Join(";", errors.Select(e => $"{e.Key}={e.Value}")),
            ["actions"] = JsonSerializer.SerializeToElement(new[] { new Dictionary<string, string> { ["type"] = "Action.Submit" } }),
        }),
    };

    private static Task<IReadOnlyDictionary<string, string>> ValidateAsync(JsonElement data, UserLanguage language, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (!data.TryGetProperty("name", out var name) || string.IsNullOrWhiteSpace(name.GetString()))
        {
            errors["name"] = "Le nom est obligatoire.";
        }

        if (!data.TryGetProperty("sites", out var sites) || !int.TryParse(sites.GetString(), out var count) || count < 1)
        {
            errors["sites"] = "Indiquez au moins un site.";
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(errors);
    }

    private static Activity Submit(string json) => new() { Type = ActivityTypes.Message, Value = JsonDocument.Parse(json).RootElement };

    private static Activity Execute(string dataJson) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = FormPrompt.AdaptiveCardActionName,
        Value = JsonDocument.Parse($"{{\"action\":{{\"type\":\"Action.Execute\",\"verb\":\"save\",\"data\":{dataJson}}}}}").RootElement,
    };

    [Fact]
    public async Task Continue_ValidSubmit_ReturnsTheData()
    {
        await CreateSut().CreateTestFlow()
            .Send("bonjour").AssertCard(c => c.GetProperty("errors").GetString() == string.Empty)
            .Click(Submit("{\"name\":\"Portail\",\"sites\":\"3\"}")).AssertReply("result:{\"name\":\"Portail\",\"sites\":\"3\"}")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_InvalidSubmit_ReshowsTheCardWithErrorsBesideFields()
    {
        await CreateSut().CreateTestFlow()
            .Send("bonjour").AssertCard(_ => true)
            .Click(Submit("{\"name\":\"Portail\",\"sites\":\"0\"}"))
            .AssertReply(a => a.Text == PromptMessages.FormHasErrors.French && a.Attachments?[0].Content?.GetProperty("errors").GetString() == "sites=Indiquez au moins un site."
                && a.Attachments[0].Content?.GetProperty("name").GetString() == "Portail", "the card with the sites error and the typed name")
            .Click(Submit("{\"name\":\"Portail\",\"sites\":\"2\"}")).AssertReplyContains("result:")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_TextInsteadOfSubmit_PointsAtTheForm()
    {
        await CreateSut().CreateTestFlow()
            .Send("bonjour").AssertCard(_ => true)
            .Send("je ne sais pas").AssertReply(PromptMessages.FillTheForm.French)
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_InvalidExecute_AnswersTheInvokeWithTheCorrectedCard()
    {
        var sut = CreateSut();

        await sut.CreateTestFlow()
            .Send("bonjour").AssertCard(_ => true)
            .Click(Execute("{\"name\":\"\",\"sites\":\"2\"}")).AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        var response = Assert.Single(sut.Adapter.InvokeResponses);
        Assert.Equal(200, response?.Status);
        var body = response!.Body!.Value;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Equal("name=Le nom est obligatoire.", body.GetProperty("value").GetProperty("errors").GetString());
    }

    [Fact]
    public async Task Continue_ValidExecute_AnswersTheInvokeAndReturnsTheData()
    {
        var sut = CreateSut();

        await sut.CreateTestFlow()
            .Send("bonjour").AssertCard(_ => true)
            .Click(Execute("{\"name\":\"Portail\",\"sites\":\"4\"}")).AssertReply("result:{\"name\":\"Portail\",\"sites\":\"4\"}")
            .StartTestAsync(TestContext.Current.CancellationToken);

        var body = Assert.Single(sut.Adapter.InvokeResponses)!.Body!.Value;
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Equal(PromptMessages.FormReceived.French, body.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Continue_SubmitOfAnotherQuestion_IsRefusedAndChangesNothing()
    {
        await CreateSut().CreateTestFlow()
            .Send("bonjour").AssertCard(_ => true)
            .Send(TestFlow.WithQuestion(Submit("{\"name\":\"Portail\",\"sites\":\"3\"}"), "AAAAAAAA")).AssertReply(PromptMessages.StaleQuestion.French)
            .Send(Submit("{\"name\":\"Portail\",\"sites\":\"3\"}")).AssertReply(PromptMessages.StaleQuestion.French)
            .Click(Submit("{\"name\":\"Portail\",\"sites\":\"3\"}")).AssertReplyContains("result:")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_ExecuteWithoutFormData_NeverAnswersReceived()
    {
        var sut = CreateSut();
        var withoutData = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = FormPrompt.AdaptiveCardActionName,
            Value = JsonDocument.Parse("{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"save\"}}").RootElement,
        };

        await sut.CreateTestFlow()
            .Send("bonjour").AssertCard(_ => true)
            .Send(withoutData).AssertReply(PromptMessages.FillTheForm.French)
            .StartTestAsync(TestContext.Current.CancellationToken);

        var body = Assert.Single(sut.Adapter.InvokeResponses)!.Body!.Value;
        Assert.Equal(PromptMessages.FillTheForm.French, body.GetProperty("value").GetString());
    }
}
