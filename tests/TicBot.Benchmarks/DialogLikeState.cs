using System.Text.Json.Serialization;

namespace TicBot.Benchmarks;

/// <summary>A state shaped like a waterfall dialog stack: a step index and some collected answers.</summary>
internal sealed class DialogLikeState
{
    public string DialogId { get; set; } = "projectIntake";

    public int Step { get; set; }

    public Dictionary<string, string> Values { get; set; } = [];
}

[JsonSerializable(typeof(DialogLikeState))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
