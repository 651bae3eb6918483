using System.Text.Json.Serialization;
using TicBot.Methodology.Projects;

namespace TicBot.Methodology.Serialization;

/// <summary>
/// Source-generated System.Text.Json context for the project model: camelCase, enums as strings, nulls omitted,
/// no type names. Use <see cref="ProjectSerializer"/> to read documents, so that older schema versions migrate.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Project))]
public sealed partial class MethodologyJsonContext : JsonSerializerContext;
