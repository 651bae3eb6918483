using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Builder;

/// <summary>The user's locale and time zone, from the activity and its <c>clientInfo</c> entity.</summary>
public static class ClientInfoExtensions
{
    /// <summary>The activity's <c>locale</c>, else the <c>clientInfo</c> locale, else null.</summary>
    public static string? GetUserLocale(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.IsNullOrWhiteSpace(activity.Locale) ? activity.GetClientInfo()?.Locale : activity.Locale;
    }

    /// <summary>
    /// The user's time zone from <c>clientInfo.timezone</c>, else <c>localTimezone</c> (IANA ids such as
    /// <c>Europe/Paris</c>); null when absent or unknown to this machine.
    /// </summary>
    public static TimeZoneInfo? GetUserTimeZone(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var id in new[] { activity.GetClientInfo()?.TimeZone, activity.LocalTimezone })
        {
            if (IsPlausibleId(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }

        return null;
    }

    // The id comes from the client: keep it to the characters of IANA and Windows ids, never a path.
    private static bool IsPlausibleId([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id)
        => !string.IsNullOrWhiteSpace(id) && id.Length <= 64 && !id.Contains("..", StringComparison.Ordinal)
            && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+' or ' ' or '.');
}
