using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;

namespace TicBot.Methodology.Tests.Rules;

public sealed class WorkingDayCalendarTests
{
    [Theory]
    [InlineData("2026-04-06", false)] // Easter Monday
    [InlineData("2026-04-07", true)]
    [InlineData("2026-04-04", false)] // Saturday
    [InlineData("2026-05-14", false)] // Ascension
    [InlineData("2026-04-03", true)] // Good Friday: worked in metropolitan France
    public void IsWorkingDay_Metropolitan_ExcludesWeekendsAndHolidays(string date, bool expected)
    {
        Assert.Equal(expected, new WorkingDayCalendar().IsWorkingDay(DateOnly.Parse(date)));
    }

    [Fact]
    public void IsWorkingDay_AlsaceMoselleGoodFriday_IsOff()
    {
        Assert.False(new WorkingDayCalendar(HolidayZone.AlsaceMoselle).IsWorkingDay(new DateOnly(2026, 4, 3)));
    }

    [Theory]
    [InlineData("2026-04-02", 1, "2026-04-03")]
    [InlineData("2026-04-02", 2, "2026-04-07")] // skips the weekend and Easter Monday
    [InlineData("2026-04-04", 0, "2026-04-07")] // Saturday → next working day
    [InlineData("2026-04-07", -1, "2026-04-03")]
    [InlineData("2026-12-24", 1, "2026-12-28")] // Christmas Friday, weekend
    [InlineData("2026-05-13", 1, "2026-05-15")] // Ascension Thursday
    public void AddWorkingDays_Metropolitan_SkipsNonWorkingDays(string from, int days, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), new WorkingDayCalendar().AddWorkingDays(DateOnly.Parse(from), days));
    }

    [Fact]
    public void AddWorkingDays_AlsaceMoselle_AlsoSkipsGoodFriday()
    {
        var sut = new WorkingDayCalendar(HolidayZone.AlsaceMoselle);

        Assert.Equal(new DateOnly(2026, 4, 7), sut.AddWorkingDays(new DateOnly(2026, 4, 2), 1));
    }

    [Theory]
    [InlineData("2026-05-01", "2026-05-31", 17)] // 21 weekdays minus 1 and 8 May, Ascension, Whit Monday
    [InlineData("2026-04-06", "2026-04-06", 0)]
    [InlineData("2026-04-10", "2026-04-06", 0)]
    public void CountWorkingDays_Ranges_CountsBothEnds(string from, string to, int expected)
    {
        Assert.Equal(expected, new WorkingDayCalendar().CountWorkingDays(DateOnly.Parse(from), DateOnly.Parse(to)));
    }
}
