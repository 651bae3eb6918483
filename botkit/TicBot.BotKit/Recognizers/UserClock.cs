using System.Text.Json;
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
    {
        var fromEntity = activity?.Entities?
            .Where(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Properties is not null && e.Properties.TryGetValue("timezone", out var tz) && tz.ValueKind == JsonValueKind.String ? tz.GetString() : null)
            .FirstOrDefault(tz => !string.IsNullOrWhiteSpace(tz));
        return Find(fromEntity) ?? Find(activity?.LocalTimezone) ?? Find(DefaultTimeZoneId) ?? TimeZoneInfo.Utc;
    }

    /// <summary>Today's date for the user of <paramref name="activity"/>.</summary>
    public static DateOnly Today(TimeProvider timeProvider, Activity? activity)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var local = TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), ResolveTimeZone(activity));
        return DateOnly.FromDateTime(local.DateTime);
    }

    private static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }
}
