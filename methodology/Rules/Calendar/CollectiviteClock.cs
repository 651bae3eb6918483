using TicBot.Methodology.Projects;

namespace TicBot.Methodology.Rules.Calendar;

/// <summary>Today's date where the collectivité is (Paris time, or the overseas department's own time zone).</summary>
public static class CollectiviteClock
{
    /// <summary>The IANA time zone of a holiday zone.</summary>
    public static string TimeZoneId(HolidayZone zone) => zone switch
    {
        HolidayZone.Guadeloupe => "America/Guadeloupe",
        HolidayZone.Martinique => "America/Martinique",
        HolidayZone.Guyane => "America/Cayenne",
        HolidayZone.LaReunion => "Indian/Reunion",
        HolidayZone.Mayotte => "Indian/Mayotte",
        _ => "Europe/Paris",
    };

    /// <summary>The local date of <paramref name="instant"/> in the zone (built-in rules when the system has no tz database).</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, HolidayZone zone)
        => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, FrenchTimeZones.For(zone)).DateTime);

    /// <summary>Today in the zone, from the injected clock.</summary>
    public static DateOnly Today(TimeProvider time, HolidayZone zone)
    {
        ArgumentNullException.ThrowIfNull(time);
        return LocalDate(time.GetUtcNow(), zone);
    }
}
