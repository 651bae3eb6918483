using System.Text.Json;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Tests.Schema;

public sealed class ActivitySerializationTests
{
    [Fact]
    public void Deserialize_UnknownFields_RoundTripWithoutLoss()
    {
        const string json = """{"type":"message","text":"bonjour","futureField":{"a":[1,2]},"from":{"id":"29:1","extra":true}}""";

        var activity = JsonSerializer.Deserialize(json, BotKitJsonContext.Default.Activity)!;
        var again = JsonSerializer.Serialize(activity, BotKitJsonContext.Default.Activity);

        Assert.Equal("bonjour", activity.Text);
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(json).RootElement, JsonDocument.Parse(again).RootElement));
    }
}
