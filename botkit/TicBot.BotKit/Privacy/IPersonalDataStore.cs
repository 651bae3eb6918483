using System.Text.Json;

namespace TicBot.BotKit.Privacy;

/// <summary>
/// A store that keeps something about a person, and takes part in their rights (RGPD articles 15, 17 and 20):
/// the export ("mes données") includes its part, and the erasure ("supprimer mes données") removes it.
/// Register each one as an <see cref="IPersonalDataStore"/> service; the privacy feature asks every one.
/// </summary>
public interface IPersonalDataStore
{
    /// <summary>The name of this store's part in the export (a JSON property name, camelCase).</summary>
    string ExportName { get; }

    /// <summary>What this store keeps about <paramref name="userId"/> on <paramref name="channelId"/>, as JSON.</summary>
    Task<JsonElement> ExportAsync(string channelId, string userId, CancellationToken cancellationToken);

    /// <summary>Deletes what this store keeps about the person. Idempotent.</summary>
    /// <returns>How many documents were deleted.</returns>
    Task<int> EraseAsync(string channelId, string userId, CancellationToken cancellationToken);
}
