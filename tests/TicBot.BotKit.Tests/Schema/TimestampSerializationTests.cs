using System.Text.Json;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Tests.Schema;

public sealed class TimestampSerializationTests
{
    [Theory]
    [InlineData("2026-11-28T12:16:02.800Z")]
    [InlineData("2019-04-04T23:12:13.4516781Z")]
    [InlineData("2026-11-28T12:16:02.000Z")]
    public void Serialize_UtcTimestamp_RoundTripsTextually(string timestamp)
    {
        var json = $$"""{"type":"message","timestamp":"{{timestamp}}","localTimestamp":"2026-11-28T13:16:02.800+01:00"}""";

        var again = JsonSerializer.Serialize(JsonSerializer.Deserialize(json, BotKitJsonContext.Default.Activity)!, BotKitJsonContext.Default.Activity);

        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(json).RootElement, JsonDocument.Parse(again).RootElement), again);
    }

    [Fact]
    public void Serialize_TimestampWithOffset_IsWrittenInUtcWithZ()
    {
        var activity = new Activity { Type = "message", Timestamp = new DateTimeOffset(2026, 11, 28, 13, 0, 0, TimeSpan.FromHours(1)) };

        var json = JsonSerializer.Serialize(activity, BotKitJsonContext.Default.Activity);

        Assert.Contains("\"timestamp\":\"2026-11-28T12:00:00.000Z\"", json, StringComparison.Ordinal);
    }
}
