using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Testing;

namespace TicBot.BotKit.Tests.Prompts;

public sealed class DatePromptTests
{
    // 23:30 UTC on 14 March 2027 is already 15 March in Paris.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2027, 3, 14, 23, 30, 0, TimeSpan.Zero));

    private static DialogTestClient CreateSut(DatePrompt? prompt = null)
        => new(new PromptHost(prompt ?? new DatePrompt("date", Clock, MarkedFormatter.Instance), PromptOptions.FromText("Date de lancement ?")), new TestAdapter(timeProvider: Clock));

    [Theory]
    [InlineData("15/03/2027", "2027-03-15", "Day")]
    [InlineData("15 mars 2027", "2027-03-15", "Day")]
    [InlineData("1er avril 2027", "2027-04-01", "Day")]
    [InlineData("mars 2028", "2028-03-01", "Month")]
    [InlineData("aujourd'hui", "2027-03-15", "Day")]
    [InlineData("demain", "2027-03-16", "Day")]
    [InlineData("dans 3 mois", "2027-06-15", "Day")]
    [InlineData("fin juin", "2027-06-30", "Day")]
    [InlineData("2027-12-01", "2027-12-01", "Day")]
    public async Task Continue_FrenchDate_ReturnsItInTheUsersTimeZone(string input, string date, string precision)
    {
        await CreateSut().CreateTestFlow()
            .Send("bonjour").AssertReply("Date de lancement ?")
            .Send(input).AssertReply($"result:{{\"date\":\"{date}\",\"precision\":\"{precision}\"}}")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_ClientInfoTimeZone_DecidesToday()
    {
        var sut = CreateSut();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "aujourd'hui",
            Entities = [new Entity { Type = "clientInfo", Properties = new Dictionary<string, JsonElement> { ["timezone"] = JsonSerializer.SerializeToElement("America/Cayenne") } }],
        };

        await sut.CreateTestFlow()
            .Send("bonjour").AssertReply("Date de lancement ?")
            .Send(activity).AssertReplyContains("2027-03-14")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("31/02/2027")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("15/13/2027")]
    public async Task Continue_NotAnExistingDate_AsksAgain(string input)
    {
        await CreateSut().CreateTestFlow()
            .Send("bonjour").AssertReply("Date de lancement ?")
            .Send(input).AssertReply(PromptMessages.NotADate.French).AssertReply("Date de lancement ?")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_OutsideLimitsOrMonthOnly_SaysWhy()
    {
        var prompt = new DatePrompt("date", Clock, MarkedFormatter.Instance) { Earliest = new DateOnly(2027, 3, 15), Latest = new DateOnly(2030, 12, 31), AllowMonthOnly = false };

        await CreateSut(prompt).CreateTestFlow()
            .Send("bonjour").AssertReply("Date de lancement ?")
            .Send("01/01/2027").AssertReply("La date doit être au plus tôt le ⟨2027-03-15 French⟩.").AssertReply("Date de lancement ?")
            .Send("1er janvier 2031").AssertReply("La date doit être au plus tard le ⟨2030-12-31 French⟩.").AssertReply("Date de lancement ?")
            .Send("mars 2028").AssertReply(PromptMessages.GiveUp.French).AssertReply("abandoned")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Continue_MonthOnlyRefused_AsksForTheDay()
    {
        await CreateSut(new DatePrompt("date", Clock, MarkedFormatter.Instance) { AllowMonthOnly = false }).CreateTestFlow()
            .Send("bonjour").AssertReply("Date de lancement ?")
            .Send("mars 2028").AssertReply(PromptMessages.DateNeedsDay.French).AssertReply("Date de lancement ?")
            .Send("2 mars 2028").AssertReplyContains("2028-03-02")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }
}
