using TicBot.BotKit.Localization;
using TicBot.BotKit.Recognizers;

namespace TicBot.BotKit.Tests.Recognizers;

public sealed class NumberDisplayTests
{
    [Theory]
    [InlineData(0, "0", "0")]
    [InlineData(999, "999", "999")]
    [InlineData(1200, "1\u202F200", "1,200")]
    [InlineData(1200.5, "1\u202F200,5", "1,200.5")]
    [InlineData(1234567.891, "1\u202F234\u202F567,89", "1,234,567.89")]
    [InlineData(-1500, "-1\u202F500", "-1,500")]
    [InlineData(0.005, "0,01", "0.01")]
    public void Format_Value_IsDeterministic(double value, string french, string english)
    {
        Assert.Equal(french, NumberDisplay.Format((decimal)value, UserLanguage.French));
        Assert.Equal(english, NumberDisplay.Format((decimal)value, UserLanguage.English));
    }

    [Theory]
    [InlineData(15000, "15\u202F000\u00A0€", "€15,000")]
    [InlineData(1200.5, "1\u202F200,50\u00A0€", "€1,200.50")]
    [InlineData(-3, "-3\u00A0€", "-€3")]
    public void FormatEuros_Value_UsesCurrencyConventions(double value, string french, string english)
    {
        Assert.Equal(french, NumberDisplay.FormatEuros((decimal)value, UserLanguage.French));
        Assert.Equal(english, NumberDisplay.FormatEuros((decimal)value, UserLanguage.English));
    }

    [Theory]
    [InlineData(1234567.5)]
    [InlineData(0.25)]
    [InlineData(42)]
    public void Format_ThenRecognize_RoundTrips(double value)
    {
        foreach (var language in new[] { UserLanguage.French, UserLanguage.English })
        {
            Assert.True(NumberRecognizer.TryRecognize(NumberDisplay.Format((decimal)value, language), language, out var parsed));
            Assert.Equal((decimal)value, parsed);
        }
    }
}
