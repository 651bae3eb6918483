using System.Text.Json;
using System.Text.Json.Serialization;
using TicBot.Bot.Handlers;

namespace TicBot.Bot;

/// <summary>Source-generated JSON for the bot's own documents.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WelcomeRecord))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(string))]
internal sealed partial class BotJsonContext : JsonSerializerContext;
