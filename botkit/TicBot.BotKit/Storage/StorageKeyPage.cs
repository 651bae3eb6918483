namespace TicBot.BotKit.Storage;

/// <summary>A page of keys from <see cref="IStorage.ListKeysAsync"/>.</summary>
/// <param name="Keys">Keys in listing order (see <see cref="IStorage.ListKeysAsync"/>).</param>
/// <param name="ContinuationToken">Null when this is the last page.</param>
public sealed record StorageKeyPage(IReadOnlyList<string> Keys, string? ContinuationToken);
