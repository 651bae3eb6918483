using System.Text.Json.Serialization;
using TicBot.Cards.Actions;
using TicBot.Cards.Model;

namespace TicBot.Cards.Serialization;

/// <summary>Source-generated JSON context of the card model: camelCase, nulls left out, no type names.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    MaxDepth = 64)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(CardActionData))]
[JsonSerializable(typeof(CardAttachment))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
public sealed partial class CardJsonContext : JsonSerializerContext;
