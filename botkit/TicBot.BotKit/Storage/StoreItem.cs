using System.Text.Json;

namespace TicBot.BotKit.Storage;

/// <summary>A stored JSON document with the ETag that names its version.</summary>
/// <param name="Value">The document, detached from any parser (safe to keep).</param>
/// <param name="ETag">The store's version tag; pass it back to write conditionally.</param>
public sealed record StoreItem(JsonElement Value, string ETag);
