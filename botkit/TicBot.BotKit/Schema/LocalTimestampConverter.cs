using System.Text.Json;
using System.Text.Json.Serialization;

namespace TicBot.BotKit.Schema;

/// <summary>
/// Writes <see cref="Activity.LocalTimestamp"/> with the user's offset kept (<c>2026-11-28T13:15:55.213+01:00</c>),
/// at least to the millisecond; reads any ISO 8601 form.
/// </summary>
public sealed class LocalTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(TimestampFormat.Format(value, utc: false));
    }
}
