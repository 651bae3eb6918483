using TicBot.Methodology.Content;

namespace TicBot.Methodology.Tests;

public sealed class DisplayFormatTests
{
    [Theory]
    [InlineData("12500.5", "12\u202f501\u00a0€", "€12,501")]
    [InlineData("-7000", "-7\u202f000\u00a0€", "-€7,000")]
    [InlineData("0.49", "0\u00a0€", "€0")]
    [InlineData("-0.5", "-1\u00a0€", "-€1")]
    public void Euros_Amounts_RoundOnlyForDisplay(string amount, string french, string english)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(french, DisplayFormat.Euros(value, ContentLanguage.French));
        Assert.Equal(english, DisplayFormat.Euros(value, ContentLanguage.English));
    }

    [Fact]
    public void DateAndPercent_BothLanguages_AreNatural()
    {
        Assert.Equal("lundi 14 septembre 2026", DisplayFormat.Date(new DateOnly(2026, 9, 14), ContentLanguage.French));
        Assert.Equal("Monday 14 September 2026", DisplayFormat.Date(new DateOnly(2026, 9, 14), ContentLanguage.English));
        Assert.Equal("67\u00a0%", DisplayFormat.Percent(2m / 3m, ContentLanguage.French));
        Assert.Equal("67%", DisplayFormat.Percent(2m / 3m, ContentLanguage.English));
    }
}
