using System.Text.Json;
using System.Text.Json.Serialization;

namespace TicBot.BotKit.Schema;

/// <summary>
/// Writes <see cref="Activity.Timestamp"/> in UTC with a <c>Z</c>, as the protocol requires
/// (<c>2026-11-28T12:15:55.213Z</c>), at least to the millisecond; reads any ISO 8601 form.
/// </summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(TimestampFormat.Format(value, utc: true));
    }
}
