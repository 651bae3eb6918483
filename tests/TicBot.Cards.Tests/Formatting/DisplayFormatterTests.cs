using TicBot.Cards.Formatting;
using TicBot.Methodology.Content;

namespace TicBot.Cards.Tests.Formatting;

public sealed class DisplayFormatterTests
{
    private const ContentLanguage Fr = ContentLanguage.French;
    private const ContentLanguage En = ContentLanguage.English;

    [Theory]
    [InlineData(0, 0, "0", "0")]
    [InlineData(999, 0, "999", "999")]
    [InlineData(1000, 0, "1\u202F000", "1,000")]
    [InlineData(1250.5, 2, "1\u202F250,50", "1,250.50")]
    [InlineData(1234567.891, 2, "1\u202F234\u202F567,89", "1,234,567.89")]
    [InlineData(-98765.4, 1, "-98\u202F765,4", "-98,765.4")]
    [InlineData(2.5, 0, "3", "3")]
    [InlineData(-2.5, 0, "-3", "-3")]
    public void Number_FrenchAndEnglish_GroupsThousandsAndRoundsHalfAwayFromZero(double value, int decimals, string french, string english)
    {
        Assert.Equal(french, DisplayFormatter.Number((decimal)value, Fr, decimals));
        Assert.Equal(english, DisplayFormatter.Number((decimal)value, En, decimals));
    }

    [Theory]
    [InlineData(1250.50, "1\u202F250,50\u00A0€", "€1,250.50")]
    [InlineData(1250, "1\u202F250\u00A0€", "€1,250")]
    [InlineData(0, "0\u00A0€", "€0")]
    [InlineData(-4701, "-4\u202F701\u00A0€", "-€4,701")]
    [InlineData(0.005, "0,01\u00A0€", "€0.01")]
    [InlineData(1000000.1, "1\u202F000\u202F000,10\u00A0€", "€1,000,000.10")]
    public void Money_FrenchAndEnglish_PlacesTheEuroSignAndShowsCentsOnlyWhenThereAreSome(double amount, string french, string english)
    {
        Assert.Equal(french, DisplayFormatter.Money((decimal)amount, Fr));
        Assert.Equal(english, DisplayFormatter.Money((decimal)amount, En));
    }

    [Theory]
    [InlineData(2027, 3, 15, "15 mars 2027", "15 March 2027")]
    [InlineData(2027, 4, 1, "1er avril 2027", "1 April 2027")]
    [InlineData(2026, 8, 2, "2 août 2026", "2 August 2026")]
    [InlineData(2026, 12, 31, "31 décembre 2026", "31 December 2026")]
    [InlineData(2027, 2, 1, "1er février 2027", "1 February 2027")]
    public void Date_FrenchAndEnglish_WritesTheMonthInFull(int year, int month, int day, string french, string english)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(french, DisplayFormatter.Date(date, Fr));
        Assert.Equal(english, DisplayFormatter.Date(date, En));
    }

    [Theory]
    [InlineData(0.755, "76\u202F%", "76%")]
    [InlineData(1, "100\u202F%", "100%")]
    [InlineData(0, "0\u202F%", "0%")]
    public void Percent_Ratio_IsAWholePercentage(double ratio, string french, string english)
    {
        Assert.Equal(french, DisplayFormatter.Percent((decimal)ratio, Fr));
        Assert.Equal(english, DisplayFormatter.Percent((decimal)ratio, En));
    }

    [Theory]
    [InlineData(1, "1 mois", "1 month")]
    [InlineData(18, "18 mois", "18 months")]
    public void Months_Count_AgreesInNumber(int months, string french, string english)
    {
        Assert.Equal(french, DisplayFormatter.Months(months, Fr));
        Assert.Equal(english, DisplayFormatter.Months(months, En));
    }

    [Fact]
    public void Number_UnderAnotherCurrentCulture_GivesTheSameText()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1\u202F250,50\u00A0€", DisplayFormatter.Money(1250.5m, Fr));
            Assert.Equal("€1,250.50", DisplayFormatter.Money(1250.5m, En));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Number_TooManyDecimals_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DisplayFormatter.Number(1m, Fr, 7));
    }

    [Fact]
    public void Progress_Counts_IsDoneSlashTotal()
    {
        Assert.Equal("7/12", DisplayFormatter.Progress(7, 12));
    }
}
