using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;

namespace TicBot.Methodology.Tests.Rules;

public sealed class FrenchPublicHolidaysTests
{
    [Theory]
    [InlineData(1818, 3, 22)]
    [InlineData(1943, 4, 25)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_KnownYears_MatchesCalendar(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), FrenchPublicHolidays.EasterSunday(year));
    }

    [Theory]
    [InlineData(2024, "2024-04-01", "2024-05-09", "2024-05-20")]
    [InlineData(2025, "2025-04-21", "2025-05-29", "2025-06-09")]
    [InlineData(2026, "2026-04-06", "2026-05-14", "2026-05-25")]
    [InlineData(2027, "2027-03-29", "2027-05-06", "2027-05-17")]
    public void For_Metropolitan_HasElevenHolidaysWithMovableOnes(int year, string easterMonday, string ascension, string whitMonday)
    {
        var sut = FrenchPublicHolidays.For(year, HolidayZone.Metropolitan);

        Assert.Equal(11, sut.Count);
        Assert.Equal(DateOnly.Parse(easterMonday), sut.Single(h => h.Id == "holiday.easter-monday").Date);
        Assert.Equal(DateOnly.Parse(ascension), sut.Single(h => h.Id == "holiday.ascension").Date);
        Assert.Equal(DateOnly.Parse(whitMonday), sut.Single(h => h.Id == "holiday.whit-monday").Date);
        Assert.Equal(sut.OrderBy(h => h.Date), sut);
        foreach (var (month, day) in new[] { (1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25) })
        {
            Assert.Contains(sut, h => h.Date == new DateOnly(year, month, day));
        }
    }

    [Theory]
    [InlineData(2025, "2025-04-18")]
    [InlineData(2026, "2026-04-03")]
    public void For_AlsaceMoselle_AddsGoodFridayAndSaintStephen(int year, string goodFriday)
    {
        var sut = FrenchPublicHolidays.For(year, HolidayZone.AlsaceMoselle);

        Assert.Equal(13, sut.Count);
        Assert.Contains(sut, h => h.Id == "holiday.good-friday" && h.Date == DateOnly.Parse(goodFriday));
        Assert.Contains(sut, h => h.Date == new DateOnly(year, 12, 26));
    }

    [Theory]
    [InlineData(HolidayZone.Guadeloupe, 5, 27)]
    [InlineData(HolidayZone.Martinique, 5, 22)]
    [InlineData(HolidayZone.Guyane, 6, 10)]
    [InlineData(HolidayZone.LaReunion, 12, 20)]
    [InlineData(HolidayZone.Mayotte, 4, 27)]
    public void For_OverseasDepartment_AddsAbolitionOfSlaveryDay(HolidayZone zone, int month, int day)
    {
        var sut = FrenchPublicHolidays.For(2026, zone);

        Assert.Equal(12, sut.Count);
        Assert.Equal(new DateOnly(2026, month, day), sut.Single(h => h.Id == "holiday.abolition-of-slavery").Date);
        Assert.False(FrenchPublicHolidays.IsHoliday(new DateOnly(2026, month, day), HolidayZone.Metropolitan));
    }

    [Fact]
    public void For_YearOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FrenchPublicHolidays.For(1500, HolidayZone.Metropolitan));
    }
}
