using System.Globalization;

namespace TicBot.BotKit.Schema;

/// <summary>
/// ISO 8601 with at least millisecond precision, the way channels write timestamps (JavaScript's
/// <c>toISOString</c> gives <c>.800Z</c>, Teams up to seven digits), so inbound values re-serialise unchanged.
/// </summary>
internal static class TimestampFormat
{
    public static string Format(DateTimeOffset value, bool utc)
    {
        var dateTime = utc ? value.UtcDateTime : value.DateTime;
        var fraction = (dateTime.Ticks % TimeSpan.TicksPerSecond).ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0');
        if (fraction.Length < 3)
        {
            fraction = fraction.PadRight(3, '0');
        }

        var zone = utc ? "Z" : value.ToString("zzz", CultureInfo.InvariantCulture);
        return dateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture) + "." + fraction + zone;
    }
}
