using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Recognizers;

/// <summary>The user's calendar: their time zone from the activity, and today's date in it.</summary>
public static class UserClock
{
    /// <summary>The zone used when the activity names none, or one this machine does not know.</summary>
    public const string DefaultTimeZoneId = "Europe/Paris";

    /// <summary>
    /// The time zone of the activity's <c>clientInfo</c> entity (<c>timezone</c>), else its
    /// <c>localTimezone</c>, else <see cref="DefaultTimeZoneId"/>.
    /// </summary>
    public static TimeZoneInfo ResolveTimeZone(Activity? activity)
        => activity?.GetUserTimeZone()
           ?? (TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZoneId, out var paris) ? paris : TimeZoneInfo.Utc);

    /// <summary>Today's date for the user of <paramref name="activity"/>.</summary>
    public static DateOnly Today(TimeProvider timeProvider, Activity? activity)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var local = TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), ResolveTimeZone(activity));
        return DateOnly.FromDateTime(local.DateTime);
    }
}
