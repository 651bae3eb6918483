using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TicBot.Package;

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class PackageJsonContext : JsonSerializerContext;
