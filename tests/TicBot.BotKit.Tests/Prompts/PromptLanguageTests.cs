using Microsoft.Extensions.Time.Testing;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Recognizers;
using TicBot.BotKit.Testing;

namespace TicBot.BotKit.Tests.Prompts;

public sealed class PromptLanguageTests
{
    public static TheoryData<string, string, string> Prompts => new()
    {
        { "confirm", "peut-être", PromptMessages.NotAYesNo.English },
        { "choice", "zzz", PromptMessages.NotAChoice.English },
        { "date", "31/02/2027", PromptMessages.NotADate.English },
        { "number", "abc", PromptMessages.NotANumber.English },
    };

    private static Dialog CreatePrompt(string kind) => kind switch
    {
        "confirm" => new ConfirmPrompt(kind),
        "choice" => new ChoicePrompt(kind),
        "date" => new DatePrompt(kind, new FakeTimeProvider(), MarkedFormatter.Instance),
        _ => new NumberPrompt(kind, MarkedFormatter.Instance),
    };

    [Theory]
    [MemberData(nameof(Prompts))]
    public async Task Continue_EnglishLocale_ExplainsInEnglish(string kind, string input, string expected)
    {
        var options = PromptOptions.FromText("Question?");
        options.Choices = [new Choice { Value = "Alpha" }, new Choice { Value = "Beta" }];
        var sut = new DialogTestClient(new PromptHost(CreatePrompt(kind), options));
        sut.Adapter.Locale = "en-GB";

        await sut.CreateTestFlow()
            .Send("hello").AssertReply(a => a.Text == "Question?", "the question")
            .Send(input).AssertReply(expected)
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_OneAttemptWithCustomGiveUp_SaysItAndEnds()
    {
        var options = PromptOptions.FromText("Question ?");
        options.MaxAttempts = 1;
        options.GiveUpMessage = BotKit.Builder.ActivityExtensions.CreateMessage("Tant pis, on passe.");
        var sut = new DialogTestClient(new PromptHost(new ConfirmPrompt("confirm"), options));

        await sut.CreateTestFlow()
            .Send("bonjour").AssertReply("Question ?")
            .Send("bof").AssertReply("Tant pis, on passe.").AssertReply("abandoned").AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_PromptAtRootGivesUp_ReturnsAbandoned()
    {
        var sut = new DialogTestClient(new ConfirmPrompt("confirm"));
        var ct = TestContext.Current.CancellationToken;

        await sut.SendActivityAsync("bonjour", ct);
        await sut.SendActivityAsync("bof", ct);
        await sut.SendActivityAsync("bof", ct);
        await sut.SendActivityAsync("bof", ct);

        Assert.Equal(DialogTurnStatus.Abandoned, sut.DialogTurnResult?.Status);
    }
}
