using System.Collections.Frozen;
using System.Globalization;
using TicBot.Methodology.Projects;

namespace TicBot.Methodology.Rules.Calendar;

/// <summary>
/// The time zones of the collectivités: the system's when its time-zone database has them, else built in — so the
/// bot runs in a minimal container without tzdata. Built in: Europe/Paris with the EU rule (UTC+1, summer time UTC+2
/// from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October, as since 1996), and the
/// overseas departments' fixed offsets, which keep no summer time: America/Guadeloupe and America/Martinique UTC−4,
/// America/Cayenne UTC−3, Indian/Reunion UTC+4, Indian/Mayotte UTC+3.
/// </summary>
public static class FrenchTimeZones
{
    private static readonly FrozenDictionary<HolidayZone, TimeZoneInfo> Zones =
        Enum.GetValues<HolidayZone>().ToFrozenDictionary(zone => zone, zone => Find(CollectiviteClock.TimeZoneId(zone))!);

    /// <summary>The time zone of the holiday zone's collectivités; never null, never throws.</summary>
    public static TimeZoneInfo For(HolidayZone zone) => Zones.TryGetValue(zone, out var found) ? found : Zones[HolidayZone.Metropolitan];

    /// <summary>
    /// The zone with this IANA id: the system's, else the built-in one (see the type); null when neither knows it.
    /// </summary>
    public static TimeZoneInfo? Find(string ianaId)
    {
        ArgumentException.ThrowIfNullOrEmpty(ianaId);
        return TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var system) ? system : BuiltIn(ianaId);
    }

    /// <summary>The built-in zone with this IANA id, whatever the system has; null for other ids.</summary>
    internal static TimeZoneInfo? BuiltIn(string ianaId) => ianaId switch
    {
        "Europe/Paris" => Paris(),
        "America/Guadeloupe" => Fixed(ianaId, -4, "Guadeloupe"),
        "America/Martinique" => Fixed(ianaId, -4, "Martinique"),
        "America/Cayenne" => Fixed(ianaId, -3, "Cayenne"),
        "Indian/Reunion" => Fixed(ianaId, 4, "Réunion"),
        "Indian/Mayotte" => Fixed(ianaId, 3, "Mayotte"),
        _ => null,
    };

    private static TimeZoneInfo Paris()
    {
        // Transition times are local: 02:00 standard time in March and 03:00 summer time in October are both 01:00 UTC.
        var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday);
        var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(new DateTime(1996, 1, 1), DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
        return TimeZoneInfo.CreateCustomTimeZone("Europe/Paris", TimeSpan.FromHours(1), "(UTC+01:00) Paris", "CET", "CEST", [rule]);
    }

    private static TimeZoneInfo Fixed(string id, int hours, string city)
    {
        var offset = TimeSpan.FromHours(hours);
        var sign = hours < 0 ? "-" : "+";
        var name = string.Create(CultureInfo.InvariantCulture, $"(UTC{sign}{Math.Abs(hours):00}:00) {city}");
        return TimeZoneInfo.CreateCustomTimeZone(id, offset, name, name);
    }
}
