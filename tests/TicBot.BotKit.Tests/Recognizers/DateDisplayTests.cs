using TicBot.BotKit.Localization;
using TicBot.BotKit.Recognizers;

namespace TicBot.BotKit.Tests.Recognizers;

public sealed class DateDisplayTests
{
    [Theory]
    [InlineData(2027, 3, 1, "1er mars 2027", "1 March 2027")]
    [InlineData(2027, 8, 15, "15 août 2027", "15 August 2027")]
    [InlineData(2028, 2, 29, "29 février 2028", "29 February 2028")]
    public void Format_Day_WritesItInWords(int year, int month, int day, string french, string english)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(french, DateDisplay.Format(date, UserLanguage.French));
        Assert.Equal(english, DateDisplay.Format(date, UserLanguage.English));
    }

    [Fact]
    public void Format_MonthPrecision_WritesTheMonthOnly()
    {
        var sut = new RecognizedDate(new DateOnly(2027, 12, 1), DatePrecision.Month);

        Assert.Equal("décembre 2027", DateDisplay.Format(sut, UserLanguage.French));
        Assert.Equal("December 2027", DateDisplay.Format(sut, UserLanguage.English));
    }

    [Fact]
    public void Format_ThenRecognize_RoundTrips()
    {
        var today = new DateOnly(2026, 11, 28);
        for (var date = new DateOnly(2027, 1, 1); date.Year == 2027; date = date.AddDays(1))
        {
            foreach (var language in new[] { UserLanguage.French, UserLanguage.English })
            {
                Assert.Equal(date, DateRecognizer.Recognize(DateDisplay.Format(date, language), today, language)?.Date);
                Assert.Equal(date, DateRecognizer.Recognize(DateDisplay.FormatShort(date, language), today, language)?.Date);
            }
        }
    }
}
