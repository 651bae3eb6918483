using System.Collections.Concurrent;
using TicBot.Methodology.Projects;

namespace TicBot.Methodology.Rules.Calendar;

/// <summary>Working days (Monday to Friday, public holidays excluded) for one holiday zone. Thread-safe.</summary>
public sealed class WorkingDayCalendar
{
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _holidaysByYear = new();

    /// <summary>Creates a calendar for <paramref name="zone"/>.</summary>
    public WorkingDayCalendar(HolidayZone zone = HolidayZone.Metropolitan) => Zone = zone;

    /// <summary>The holiday zone.</summary>
    public HolidayZone Zone { get; }

    /// <summary>True for a weekday that is not a public holiday.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !_holidaysByYear.GetOrAdd(date.Year, y => [.. FrenchPublicHolidays.For(y, Zone).Select(h => h.Date)]).Contains(date);

    /// <summary><paramref name="date"/> itself if it is a working day, else the next working day.</summary>
    public DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary><paramref name="date"/> itself if it is a working day, else the previous working day.</summary>
    public DateOnly OnOrBefore(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    /// <summary>
    /// Moves <paramref name="workingDays"/> working days from <paramref name="date"/> (forwards when positive,
    /// backwards when negative), starting from the nearest working day in that direction; 0 gives that day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        var step = workingDays < 0 ? -1 : 1;
        var current = step > 0 ? OnOrAfter(date) : OnOrBefore(date);
        for (var remaining = Math.Abs(workingDays); remaining > 0; remaining--)
        {
            current = current.AddDays(step);
            while (!IsWorkingDay(current))
            {
                current = current.AddDays(step);
            }
        }

        return current;
    }

    /// <summary>Number of working days from <paramref name="from"/> to <paramref name="to"/>, both included (0 if to &lt; from).</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }
}
