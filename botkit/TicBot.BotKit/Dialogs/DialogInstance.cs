using System.Text.Json;

namespace TicBot.BotKit.Dialogs;

/// <summary>
/// One entry of the persisted dialog stack: the dialog's id and its state, kept as JSON so that the
/// conversation resumes on another instance or after a restart.
/// </summary>
public sealed class DialogInstance
{
    /// <summary>The id of the dialog in its <see cref="DialogSet"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The dialog's own state (step index, options, values…), by name.</summary>
    public Dictionary<string, JsonElement> State { get; init; } = new(StringComparer.Ordinal);
}
