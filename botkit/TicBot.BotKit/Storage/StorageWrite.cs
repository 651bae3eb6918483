using System.Text.Json;

namespace TicBot.BotKit.Storage;

/// <summary>One item of a write.</summary>
/// <param name="Key">The key; any string (stores encode it as they need).</param>
/// <param name="Value">The JSON document to store.</param>
/// <param name="ETag">Null or <c>*</c>: unconditional; otherwise the write succeeds only if the stored ETag is this one.</param>
/// <param name="CreateOnly">When true, the write succeeds only if the key does not exist yet (ETag ignored).</param>
public sealed record StorageWrite(string Key, JsonElement Value, string? ETag = null, bool CreateOnly = false)
{
    /// <summary>True when the write carries no condition.</summary>
    public bool IsUnconditional => !CreateOnly && (ETag is null || ETag == "*");
}
