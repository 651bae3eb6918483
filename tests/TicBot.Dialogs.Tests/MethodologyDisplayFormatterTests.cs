using Microsoft.Extensions.DependencyInjection;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Recognizers;
using TicBot.Dialogs.Tests.Conversation;

namespace TicBot.Dialogs.Tests;

/// <summary>The prompts' formatter writes as the methodology does, and what it writes the prompts read back.</summary>
public sealed class MethodologyDisplayFormatterTests
{
    private static readonly UserLanguage[] Languages = [UserLanguage.French, UserLanguage.English];

    private static IDisplayFormatter CreateSut() => new ConversationHarness().Services.GetRequiredService<IDisplayFormatter>();

    [Fact]
    public void AddTicBotDialogs_Formatter_WritesTheMethodologyWay()
    {
        var sut = CreateSut();

        Assert.Equal("1\u202F200,5", sut.Number(1200.5m, UserLanguage.French));
        Assert.Equal("1,200.5", sut.Number(1200.5m, UserLanguage.English));
        Assert.Equal("1er\u00A0mars\u00A02027", sut.Date(new DateOnly(2027, 3, 1), UserLanguage.French));
        Assert.Equal("1 March 2027", sut.Date(new DateOnly(2027, 3, 1), UserLanguage.English));
    }

    [Theory]
    [InlineData("1234567.5")]
    [InlineData("0.25")]
    [InlineData("-1500")]
    [InlineData("42")]
    public void Number_ThenRecognize_RoundTrips(string invariant)
    {
        var value = decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture);
        var sut = CreateSut();
        foreach (var language in Languages)
        {
            Assert.True(NumberRecognizer.TryRecognize(sut.Number(value, language), language, out var parsed), $"{value} in {language}");
            Assert.Equal(value, parsed);
        }
    }

    [Fact]
    public void Date_EveryDayOfAYear_ThenRecognize_RoundTrips()
    {
        var sut = CreateSut();
        var today = new DateOnly(2026, 11, 28);
        for (var date = new DateOnly(2027, 1, 1); date.Year == 2027; date = date.AddDays(1))
        {
            foreach (var language in Languages)
            {
                Assert.Equal(date, DateRecognizer.Recognize(sut.Date(date, language), today, language)?.Date);
            }
        }
    }
}
