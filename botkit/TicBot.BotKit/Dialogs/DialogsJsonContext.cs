using System.Text.Json;
using System.Text.Json.Serialization;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Recognizers;

namespace TicBot.BotKit.Dialogs;

/// <summary>
/// Source-generated System.Text.Json context for the dialog stack and the prompts' values: camelCase,
/// nulls left out, enums as strings, no type names.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    MaxDepth = 64)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(DialogInstance))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(FoundChoice))]
[JsonSerializable(typeof(RecognizedDate))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(DateOnly))]
public sealed partial class DialogsJsonContext : JsonSerializerContext;
