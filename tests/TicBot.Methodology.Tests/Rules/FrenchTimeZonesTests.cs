using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;

namespace TicBot.Methodology.Tests.Rules;

public sealed class FrenchTimeZonesTests
{
    public static TheoryData<string> BuiltInIds => new(
        "Europe/Paris", "America/Guadeloupe", "America/Martinique", "America/Cayenne", "Indian/Reunion", "Indian/Mayotte");

    [Theory]
    // Summer time starts at 01:00 UTC on the last Sunday of March and ends at 01:00 UTC on the last Sunday of October.
    [InlineData("2027-03-28T00:59:59Z", "2027-03-28T01:59:59+01:00")]
    [InlineData("2027-03-28T01:00:00Z", "2027-03-28T03:00:00+02:00")]
    [InlineData("2027-10-31T00:59:59Z", "2027-10-31T02:59:59+02:00")]
    [InlineData("2027-10-31T01:00:00Z", "2027-10-31T02:00:00+01:00")]
    [InlineData("2026-03-29T01:00:00Z", "2026-03-29T03:00:00+02:00")]
    [InlineData("2026-10-25T00:30:00Z", "2026-10-25T02:30:00+02:00")]
    [InlineData("2026-10-25T01:30:00Z", "2026-10-25T02:30:00+01:00")]
    [InlineData("2031-03-30T01:00:00Z", "2031-03-30T03:00:00+02:00")]
    [InlineData("2027-01-15T23:30:00Z", "2027-01-16T00:30:00+01:00")]
    [InlineData("2027-07-14T22:30:00Z", "2027-07-15T00:30:00+02:00")]
    public void BuiltIn_Paris_FollowsTheEuRule(string utc, string local)
    {
        var sut = FrenchTimeZones.BuiltIn("Europe/Paris")!;

        var converted = TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), sut);

        Assert.Equal(DateTimeOffset.Parse(local, System.Globalization.CultureInfo.InvariantCulture), converted);
        Assert.Equal(DateTimeOffset.Parse(local, System.Globalization.CultureInfo.InvariantCulture).Offset, converted.Offset);
    }

    [Theory]
    [InlineData("America/Guadeloupe", -4)]
    [InlineData("America/Martinique", -4)]
    [InlineData("America/Cayenne", -3)]
    [InlineData("Indian/Reunion", 4)]
    [InlineData("Indian/Mayotte", 3)]
    public void BuiltIn_OverseasDepartments_HaveAFixedOffsetAllYear(string id, int hours)
    {
        var sut = FrenchTimeZones.BuiltIn(id)!;

        Assert.Equal(id, sut.Id);
        Assert.False(sut.SupportsDaylightSavingTime);
        Assert.Equal(TimeSpan.FromHours(hours), sut.GetUtcOffset(new DateTimeOffset(2027, 1, 15, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(hours), sut.GetUtcOffset(new DateTimeOffset(2027, 7, 15, 12, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void BuiltIn_EveryHourFrom2000To2040_MatchesTheSystemDatabase(string id)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var system))
        {
            Assert.Skip($"This machine has no time-zone database entry for {id} to compare with.");
        }

        var sut = FrenchTimeZones.BuiltIn(id)!;
        for (var instant = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero); instant.Year < 2041; instant = instant.AddHours(1))
        {
            Assert.True(system.GetUtcOffset(instant) == sut.GetUtcOffset(instant), $"{id} at {instant:O}: system {system.GetUtcOffset(instant)}, built-in {sut.GetUtcOffset(instant)}");
        }
    }

    [Theory]
    [InlineData("Europe/London")]
    [InlineData("Pacific/Noumea")]
    public void BuiltIn_OtherZones_AreNotBuiltIn(string id)
    {
        Assert.Null(FrenchTimeZones.BuiltIn(id));
    }

    [Fact]
    public void For_EveryHolidayZone_GivesItsIanaZone()
    {
        foreach (var zone in Enum.GetValues<HolidayZone>())
        {
            Assert.Equal(CollectiviteClock.TimeZoneId(zone), FrenchTimeZones.For(zone).Id);
        }
    }
}
