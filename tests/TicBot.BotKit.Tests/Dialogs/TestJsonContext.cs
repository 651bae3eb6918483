using System.Text.Json.Serialization;

namespace TicBot.BotKit.Tests.Dialogs;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IntakeOptions))]
[JsonSerializable(typeof(IntakeResult))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
