using TicBot.Methodology.Content;

namespace TicBot.Methodology.Tests.Formatting;

/// <summary>
/// The text TicBot writes, character by character: <c>_</c> stands for U+202F (narrow no-break space) and <c>~</c> for
/// U+00A0 (no-break space) in the expectations, so that a wrong space is visible in the test itself.
/// </summary>
public sealed class DisplayFormatTests
{
    private const ContentLanguage Fr = ContentLanguage.French;
    private const ContentLanguage En = ContentLanguage.English;

    [Theory]
    [InlineData("0", 2, "0", "0")]
    [InlineData("999", 2, "999", "999")]
    [InlineData("1000", 2, "1_000", "1,000")]
    [InlineData("1200.5", 2, "1_200,5", "1,200.5")]
    [InlineData("1250.50", 2, "1_250,5", "1,250.5")]
    [InlineData("1234567.891", 2, "1_234_567,89", "1,234,567.89")]
    [InlineData("-98765.4", 1, "-98_765,4", "-98,765.4")]
    [InlineData("0.005", 2, "0,01", "0.01")]
    [InlineData("2.5", 0, "3", "3")]
    [InlineData("-2.5", 0, "-3", "-3")]
    [InlineData("-0.001", 2, "0", "0")]
    [InlineData("79228162514264337593543950335", 0, "79_228_162_514_264_337_593_543_950_335", "79,228,162,514,264,337,593,543,950,335")]
    public void Number_FrenchAndEnglish_GroupsThousandsRoundsHalfAwayFromZeroAndDropsTrailingZeros(string value, int maxDecimals, string french, string english)
    {
        Assert.Equal(Visible(french), DisplayFormat.Number(Decimal(value), Fr, maxDecimals));
        Assert.Equal(english, DisplayFormat.Number(Decimal(value), En, maxDecimals));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void Number_DecimalsOutsideZeroToSix_Throws(int maxDecimals)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DisplayFormat.Number(1m, Fr, maxDecimals));
    }

    [Theory]
    [InlineData("1250.50", "1_250,50~€", "€1,250.50")]
    [InlineData("1250", "1_250~€", "€1,250")]
    [InlineData("12500.5", "12_500,50~€", "€12,500.50")]
    [InlineData("0", "0~€", "€0")]
    [InlineData("-4701", "-4_701~€", "-€4,701")]
    [InlineData("0.005", "0,01~€", "€0.01")]
    [InlineData("0.004", "0~€", "€0")]
    [InlineData("1000000.1", "1_000_000,10~€", "€1,000,000.10")]
    public void Euros_FrenchAndEnglish_PlacesTheEuroSignAndShowsCentsOnlyWhenThereAreSome(string amount, string french, string english)
    {
        Assert.Equal(Visible(french), DisplayFormat.Euros(Decimal(amount), Fr));
        Assert.Equal(english, DisplayFormat.Euros(Decimal(amount), En));
    }

    [Theory]
    [InlineData("0.755", "76_%", "76%")]
    [InlineData("0.666666", "67_%", "67%")]
    [InlineData("1", "100_%", "100%")]
    [InlineData("0", "0_%", "0%")]
    [InlineData("12.5", "1_250_%", "1,250%")]
    public void Percent_Ratio_IsAWholePercentage(string ratio, string french, string english)
    {
        Assert.Equal(Visible(french), DisplayFormat.Percent(Decimal(ratio), Fr));
        Assert.Equal(english, DisplayFormat.Percent(Decimal(ratio), En));
    }

    [Theory]
    [InlineData(0, "0~tâche", "0 tasks")]
    [InlineData(1, "1~tâche", "1 task")]
    [InlineData(3, "3~tâches", "3 tasks")]
    [InlineData(1500, "1_500~tâches", "1,500 tasks")]
    public void Count_Number_AgreesTheWord(int count, string french, string english)
    {
        Assert.Equal(Visible(french), DisplayFormat.Count(count, Fr, "tâche", "tâches", "task", "tasks"));
        Assert.Equal(english, DisplayFormat.Count(count, En, "tâche", "tâches", "task", "tasks"));
    }

    [Theory]
    [InlineData(1, "1~mois", "1 month")]
    [InlineData(18, "18~mois", "18 months")]
    public void Months_Count_AgreesInNumber(int months, string french, string english)
    {
        Assert.Equal(Visible(french), DisplayFormat.Months(months, Fr));
        Assert.Equal(english, DisplayFormat.Months(months, En));
    }

    [Fact]
    public void Progress_Counts_IsDoneSlashTotal()
    {
        Assert.Equal("7/12", DisplayFormat.Progress(7, 12));
    }

    [Theory]
    [InlineData(2027, 3, 15, "15~mars~2027", "15 March 2027")]
    [InlineData(2027, 3, 1, "1er~mars~2027", "1 March 2027")]
    [InlineData(2026, 8, 2, "2~août~2026", "2 August 2026")]
    [InlineData(2026, 12, 31, "31~décembre~2026", "31 December 2026")]
    [InlineData(2028, 2, 29, "29~février~2028", "29 February 2028")]
    public void Date_FrenchAndEnglish_WritesTheMonthInFullAnd1erForTheFirst(int year, int month, int day, string french, string english)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(Visible(french), DisplayFormat.Date(date, Fr));
        Assert.Equal(english, DisplayFormat.Date(date, En));
    }

    [Theory]
    [InlineData(2027, 3, 15, "lundi 15~mars~2027", "Monday 15 March 2027")]
    [InlineData(2026, 9, 14, "lundi 14~septembre~2026", "Monday 14 September 2026")]
    [InlineData(2027, 8, 1, "dimanche 1er~août~2027", "Sunday 1 August 2027")]
    [InlineData(2027, 1, 2, "samedi 2~janvier~2027", "Saturday 2 January 2027")]
    public void DateWithWeekday_FrenchAndEnglish_NamesTheDay(int year, int month, int day, string french, string english)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(Visible(french), DisplayFormat.DateWithWeekday(date, Fr));
        Assert.Equal(english, DisplayFormat.DateWithWeekday(date, En));
    }

    [Fact]
    public void DayAndMonthMonthAndYearShortDate_FrenchAndEnglish_AreTheShortForms()
    {
        var first = new DateOnly(2027, 3, 1);

        Assert.Equal(Visible("1er~mars"), DisplayFormat.DayAndMonth(first, Fr));
        Assert.Equal("1 March", DisplayFormat.DayAndMonth(first, En));
        Assert.Equal(Visible("mars~2027"), DisplayFormat.MonthAndYear(first, Fr));
        Assert.Equal("March 2027", DisplayFormat.MonthAndYear(first, En));
        Assert.Equal("01/03/2027", DisplayFormat.ShortDate(first, Fr));
        Assert.Equal("2027-03-01", DisplayFormat.ShortDate(first, En));
    }

    [Fact]
    public void DateWithWeekday_EveryDayOfAYear_MatchesTheCalendar()
    {
        string[] french = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
        for (var date = new DateOnly(2027, 1, 1); date.Year == 2027; date = date.AddDays(1))
        {
            Assert.StartsWith(french[(int)date.DayOfWeek] + " ", DisplayFormat.DateWithWeekday(date, Fr), StringComparison.Ordinal);
            Assert.StartsWith(date.DayOfWeek + " ", DisplayFormat.DateWithWeekday(date, En), StringComparison.Ordinal);
        }
    }

    private static decimal Decimal(string invariant) => decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture);

    private static string Visible(string expected) => expected.Replace('_', '\u202F').Replace('~', '\u00A0');
}
