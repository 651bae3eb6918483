using System.Text.Json;
using System.Text.Json.Serialization;

namespace TicBot.BotKit.Schema;

/// <summary>
/// An activity entity (<c>mention</c>, <c>clientInfo</c>, …). The type is typed; the rest stays raw JSON
/// so that any entity round-trips.
/// </summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
