using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TicBot.BotKit.Dialogs;

/// <summary>The outcome of running the dialog stack for one turn.</summary>
/// <param name="Status">Whether a dialog waits, completed, was cancelled…</param>
/// <param name="Result">The ended dialog's result as JSON, when it gave one.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, JsonElement? Result = null)
{
    /// <summary>The result read as <typeparamref name="T"/>; default when there is none.</summary>
    /// <exception cref="JsonException">The result is not a <typeparamref name="T"/>.</exception>
    public T? GetResult<T>(JsonTypeInfo<T> typeInfo) => DialogJson.Read(Result, typeInfo);

    /// <summary>
    /// Set when an interruption rebuilt the root stack ("menu"): the containers being unwound must not end
    /// themselves, their instances are gone.
    /// </summary>
    internal bool StackRebuilt { get; init; }
}
