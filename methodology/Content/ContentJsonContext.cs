using System.Text.Json.Serialization;

namespace TicBot.Methodology.Content;

/// <summary>
/// Source-generated System.Text.Json context for the methodology: camelCase, enums as strings, nulls omitted.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ContentDocument))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class ContentJsonContext : JsonSerializerContext;
