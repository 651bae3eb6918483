using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Testing;

namespace TicBot.BotKit.Tests.Prompts;

public sealed class NumberPromptTests
{
    private static DialogTestClient CreateSut(NumberPrompt? prompt = null, string locale = "fr-FR", int maxAttempts = 3)
    {
        var options = PromptOptions.FromText("Quel est le budget ?", "Quel est le budget, en euros ?");
        options.MaxAttempts = maxAttempts;
        var client = new DialogTestClient(new PromptHost(prompt ?? new NumberPrompt("number", MarkedFormatter.Instance), options));
        client.Adapter.Locale = locale;
        return client;
    }

    [Theory]
    [InlineData("1200", "1200")]
    [InlineData("1 200,50", "1200.50")]
    [InlineData("1\u202F200", "1200")]
    [InlineData("1.200,50", "1200.50")]
    [InlineData("1,2 M€", "1200000")]
    [InlineData("15 k€", "15000")]
    [InlineData("15 000 €", "15000")]
    [InlineData("1.5", "1.5")]
    public async Task Continue_FrenchNumber_ReturnsDecimal(string input, string expectedJson)
    {
        var sut = CreateSut();

        await sut.CreateTestFlow()
            .Send("bonjour").AssertReply("Quel est le budget ?")
            .Send(input).AssertReply($"result:{expectedJson}")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_NotANumber_ExplainsAndAsksAgain()
    {
        var sut = CreateSut();

        await sut.CreateTestFlow()
            .Send("bonjour").AssertReply("Quel est le budget ?")
            .Send("abc").AssertReplyContains("Je n’ai pas reconnu de nombre").AssertReply("Quel est le budget, en euros ?")
            .Send("").AssertReplyContains("Je n’ai pas reconnu de nombre").AssertReply("Quel est le budget, en euros ?")
            .Send("42").AssertReply("result:42")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_NegativeWhenRefused_AsksAgain()
    {
        var sut = CreateSut(new NumberPrompt("number", MarkedFormatter.Instance) { AllowNegative = false, Maximum = 1_000_000 });

        await sut.CreateTestFlow()
            .Send("bonjour").AssertReply("Quel est le budget ?")
            .Send("-5").AssertReply("Le nombre ne peut pas être négatif.").AssertReply("Quel est le budget, en euros ?")
            .Send("2 M€").AssertReply("Le nombre ne doit pas dépasser ⟨1000000 French⟩.").AssertReply("Quel est le budget, en euros ?")
            .Send("5").AssertReply("result:5")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_MaxAttemptsReached_GivesUpAndTellsTheCaller()
    {
        var sut = CreateSut(maxAttempts: 2);

        await sut.CreateTestFlow()
            .Send("bonjour").AssertReply("Quel est le budget ?")
            .Send("abc").AssertReplyContains("nombre").AssertReply("Quel est le budget, en euros ?")
            .Send(new string('x', 100_000)).AssertReply(PromptMessages.GiveUp.French).AssertReply("abandoned")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
        Assert.Equal(DialogTurnStatus.Complete, sut.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Continue_EnglishLocale_ExplainsInEnglish()
    {
        var sut = CreateSut(locale: "en-US");

        await sut.CreateTestFlow()
            .Send("hello").AssertReply("Quel est le budget ?")
            .Send("abc").AssertReply(PromptMessages.NotANumber.English).AssertReply("Quel est le budget, en euros ?")
            .Send("1,200.50").AssertReply("result:1200.50")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_ValidatorRefuses_SaysItsMessage()
    {
        var prompt = new NumberPrompt("number", MarkedFormatter.Instance, (context, _) =>
        {
            context.RetryMessage = "Un budget se compte en milliers d’euros.";
            return Task.FromResult(context.Recognized.Value >= 1000);
        });
        var sut = CreateSut(prompt);

        await sut.CreateTestFlow()
            .Send("bonjour").AssertReply("Quel est le budget ?")
            .Send("12").AssertReply("Un budget se compte en milliers d’euros.").AssertReply("Quel est le budget, en euros ?")
            .Send("12 000").AssertReply("result:12000")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }
}
