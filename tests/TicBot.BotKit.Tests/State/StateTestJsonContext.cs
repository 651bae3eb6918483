using System.Text.Json.Serialization;

namespace TicBot.BotKit.Tests.State;

internal sealed class Tally
{
    public int Count { get; set; }

    public List<string> Items { get; set; } = [];
}

[JsonSerializable(typeof(Tally))]
[JsonSerializable(typeof(string))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class StateTestJsonContext : JsonSerializerContext;
