using System.Text.Json.Serialization;

namespace TicBot.BotKit.Proactive;

/// <summary>Source-generated JSON for the documents of proactive messaging: camelCase, nulls left out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlaceReference))]
[JsonSerializable(typeof(MemberDeparture))]
[JsonSerializable(typeof(PersonalReferenceExport))]
[JsonSerializable(typeof(DeliveryOutcome))]
internal sealed partial class ProactiveJsonContext : JsonSerializerContext;
