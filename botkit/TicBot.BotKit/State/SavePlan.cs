using System.Text.Json;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.State;

/// <summary>What saving one state in this turn would write, and what it replaces (to undo it).</summary>
internal sealed record SavePlan(BotState State, StorageWrite Write, bool Changed, JsonElement? Previous)
{
    /// <summary>The new ETag once written.</summary>
    public string? WrittenETag { get; set; }
}
