using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TicBot.BotKit.Recognizers;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Tests.Recognizers;

public sealed class UserClockTests
{
    [Fact]
    public void Today_LateEveningUtc_IsNextDayInParis()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 14, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2027, 3, 15), UserClock.Today(time, new Activity()));
    }

    [Fact]
    public void Today_ClientInfoTimeZone_WinsOverLocalTimezone()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 15, 2, 0, 0, TimeSpan.Zero));
        var activity = new Activity
        {
            LocalTimezone = "Europe/Paris",
            Entities = [new Entity { Type = "clientInfo", Properties = new Dictionary<string, JsonElement> { ["timezone"] = JsonSerializer.SerializeToElement("America/Cayenne") } }],
        };

        Assert.Equal(new DateOnly(2027, 3, 14), UserClock.Today(time, activity));
    }

    [Theory]
    [InlineData("Not/AZone")]
    [InlineData("")]
    [InlineData(null)]
    public void ResolveTimeZone_UnknownZone_FallsBackToParis(string? zone)
    {
        var sut = UserClock.ResolveTimeZone(new Activity { LocalTimezone = zone });

        Assert.Equal(TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris").BaseUtcOffset, sut.BaseUtcOffset);
    }
}
