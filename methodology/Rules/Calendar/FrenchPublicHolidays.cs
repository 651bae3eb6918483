using TicBot.Methodology.Projects;

namespace TicBot.Methodology.Rules.Calendar;

/// <summary>
/// French public holidays (Code du travail, art. L3133-1) for metropolitan France, plus the local ones of
/// Alsace-Moselle (Good Friday, 26 December) and the abolition-of-slavery days of the overseas departments.
/// Whit Monday is listed although many employers make it the "journée de solidarité".
/// </summary>
public static class FrenchPublicHolidays
{
    /// <summary>The holidays of <paramref name="year"/> in <paramref name="zone"/>, by date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Year outside 1583–9999 (Gregorian Easter).</exception>
    public static IReadOnlyList<PublicHoliday> For(int year, HolidayZone zone)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        var easter = EasterSunday(year);
        var list = new List<PublicHoliday>
        {
            new(new DateOnly(year, 1, 1), "holiday.new-year", "Jour de l'an", "New Year's Day"),
            new(easter.AddDays(1), "holiday.easter-monday", "Lundi de Pâques", "Easter Monday"),
            new(new DateOnly(year, 5, 1), "holiday.labour-day", "Fête du Travail", "Labour Day"),
            new(new DateOnly(year, 5, 8), "holiday.victory-1945", "Victoire 1945", "Victory in Europe Day"),
            new(easter.AddDays(39), "holiday.ascension", "Ascension", "Ascension Day"),
            new(easter.AddDays(50), "holiday.whit-monday", "Lundi de Pentecôte", "Whit Monday"),
            new(new DateOnly(year, 7, 14), "holiday.national-day", "Fête nationale", "Bastille Day"),
            new(new DateOnly(year, 8, 15), "holiday.assumption", "Assomption", "Assumption Day"),
            new(new DateOnly(year, 11, 1), "holiday.all-saints", "Toussaint", "All Saints' Day"),
            new(new DateOnly(year, 11, 11), "holiday.armistice", "Armistice 1918", "Armistice Day"),
            new(new DateOnly(year, 12, 25), "holiday.christmas", "Noël", "Christmas Day"),
        };
        list.AddRange(Local(year, zone, easter));
        list.Sort((a, b) => a.Date.CompareTo(b.Date));
        return list;
    }

    /// <summary>Whether <paramref name="date"/> is a public holiday in <paramref name="zone"/>.</summary>
    public static bool IsHoliday(DateOnly date, HolidayZone zone) => For(date.Year, zone).Any(h => h.Date == date);

    /// <summary>Easter Sunday (Gregorian computus, anonymous algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static IEnumerable<PublicHoliday> Local(int year, HolidayZone zone, DateOnly easter)
    {
        const string Id = "holiday.abolition-of-slavery";
        const string Fr = "Abolition de l'esclavage";
        const string En = "Abolition of Slavery Day";
        return zone switch
        {
            HolidayZone.AlsaceMoselle =>
            [
                new(easter.AddDays(-2), "holiday.good-friday", "Vendredi saint", "Good Friday"),
                new(new DateOnly(year, 12, 26), "holiday.saint-stephen", "Saint-Étienne", "St Stephen's Day"),
            ],
            HolidayZone.Guadeloupe => [new(new DateOnly(year, 5, 27), Id, Fr, En)],
            HolidayZone.Martinique => [new(new DateOnly(year, 5, 22), Id, Fr, En)],
            HolidayZone.Guyane => [new(new DateOnly(year, 6, 10), Id, Fr, En)],
            HolidayZone.LaReunion => [new(new DateOnly(year, 12, 20), Id, Fr, En)],
            HolidayZone.Mayotte => [new(new DateOnly(year, 4, 27), Id, Fr, En)],
            _ => [],
        };
    }
}
