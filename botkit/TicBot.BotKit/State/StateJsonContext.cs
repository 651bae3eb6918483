using System.Text.Json.Serialization;

namespace TicBot.BotKit.State;

/// <summary>The few values the state layer writes itself (the handled-activity markers).</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
