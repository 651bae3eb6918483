using TicBot.BotKit.Prompts;
using TicBot.BotKit.Testing;

namespace TicBot.BotKit.Tests.Prompts;

public sealed class TextPromptTests
{
    private static DialogTestClient CreateSut(string locale = "fr-FR")
    {
        var client = new DialogTestClient(new PromptHost(new TextPrompt("text") { MinLength = 3, MaxLength = 10 }, PromptOptions.FromText("Nom du projet ?")));
        client.Adapter.Locale = locale;
        return client;
    }

    [Theory]
    [InlineData("Portail", "\"Portail\"")]
    [InlineData("   Portail  ", "\"Portail\"")]
    [InlineData("abc", "\"abc\"")]
    [InlineData("Élodie", "\"\\u00C9lodie\"")]
    public async Task Continue_TextWithinLimits_ReturnsTrimmedText(string input, string expectedJson)
    {
        await CreateSut().CreateTestFlow()
            .Send("bonjour").AssertReply("Nom du projet ?")
            .Send(input).AssertReply($"result:{expectedJson}")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("ab", "Votre réponse doit compter au moins 3 caractères.")]
    [InlineData("Un nom bien trop long", "Votre réponse ne doit pas dépasser 10 caractères.")]
    public async Task Continue_TextOutsideLimits_SaysWhyAndAsksAgain(string input, string reason)
    {
        await CreateSut().CreateTestFlow()
            .Send("bonjour").AssertReply("Nom du projet ?")
            .Send(input).AssertReply(reason).AssertReply("Nom du projet ?")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_EmptyAnswer_AsksAgainWithoutReason()
    {
        await CreateSut().CreateTestFlow()
            .Send("bonjour").AssertReply("Nom du projet ?")
            .Send("   ").AssertReply("Nom du projet ?")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_EnglishLocale_ExplainsInEnglish()
    {
        await CreateSut("en-US").CreateTestFlow()
            .Send("hi").AssertReply("Nom du projet ?")
            .Send("ab").AssertReply("Your answer must be at least 3 characters long.")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_NonMessageActivity_IsIgnored()
    {
        await CreateSut().CreateTestFlow()
            .Send("bonjour").AssertReply("Nom du projet ?")
            .Send(new BotKit.Schema.Activity { Type = "typing" }).AssertNoReply()
            .Send("Portail").AssertReply("result:\"Portail\"")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }
}
