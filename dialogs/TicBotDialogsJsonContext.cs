using System.Text.Json.Serialization;
using TicBot.Dialogs.Menu;

namespace TicBot.Dialogs;

/// <summary>The options and results the conversations keep in the dialog stack.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(PendingIntent))]
[JsonSerializable(typeof(Projects.ProjectTombstone))]
[JsonSerializable(typeof(Projects.ProjectDialogOptions))]
[JsonSerializable(typeof(Projects.MemberProfile))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(Dictionary<string, System.Text.Json.JsonElement>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
internal sealed partial class TicBotDialogsJsonContext : JsonSerializerContext;
