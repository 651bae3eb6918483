using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TicBot.BotKit.Storage;
using TicBot.BotKit.Logging;

namespace TicBot.BotKit.Proactive;

/// <summary>
/// Conversation references and member departures in <see cref="IStorage"/>, under <see cref="ProactiveStorageKeys"/>.
/// Writes are unconditional (the newest activity is the truth about a place). The process remembers what it last
/// wrote or read for each place, so that a message that brings nothing new costs no storage request.
/// </summary>
/// <remarks>
/// Another instance's deletion (an uninstall, a 403) is not seen by this one's memory: this one rewrites the
/// reference on the next message that changes it, or once <see cref="ProactiveOptions.ReferenceRefreshInterval"/>
/// has passed since it saved it.
/// </remarks>
public sealed partial class ConversationReferenceStore
{
    private const int MaxRemembered = 100_000;
    private readonly IStorage _storage;
    private readonly ProactiveOptions _options;
    private readonly ILogger<ConversationReferenceStore> _logger;
    private readonly ConcurrentDictionary<string, PlaceReference> _known = new(StringComparer.Ordinal);

    public ConversationReferenceStore(IStorage storage, IOptions<ProactiveOptions> options, ILogger<ConversationReferenceStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _storage = storage;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The stored reference to <paramref name="place"/>, or null. One read.</summary>
    public async Task<PlaceReference?> GetAsync(ConversationPlace place, CancellationToken cancellationToken)
    {
        var key = ProactiveStorageKeys.Reference(place);
        var items = await _storage.ReadAsync([key], cancellationToken);
        var reference = items.TryGetValue(key, out var item) ? Read(item.Value, ProactiveJsonContext.Default.PlaceReference, key) : null;
        if (reference is null)
        {
            _known.TryRemove(key, out _);
        }
        else
        {
            Remember(key, reference);
        }

        return reference;
    }

    /// <summary>
    /// Stores <paramref name="reference"/> unless this process knows the same one is stored and saved it less than
    /// <see cref="ProactiveOptions.ReferenceRefreshInterval"/> ago; <paramref name="force"/> always writes (bot added).
    /// </summary>
    /// <returns>True when it wrote.</returns>
    public async Task<bool> SaveAsync(PlaceReference reference, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var key = ProactiveStorageKeys.Reference(reference.Place);
        if (!force && _known.TryGetValue(key, out var known) && known.SameAs(reference)
            && reference.SavedAt - known.SavedAt < _options.ReferenceRefreshInterval)
        {
            return false;
        }

        var json = JsonSerializer.SerializeToElement(reference, ProactiveJsonContext.Default.PlaceReference);
        await _storage.WriteAsync([new StorageWrite(key, json)], cancellationToken);
        Remember(key, reference);
        return true;
    }

    /// <summary>Deletes the reference to <paramref name="place"/> (the bot was removed, or a send was refused).</summary>
    public async Task RemoveAsync(ConversationPlace place, CancellationToken cancellationToken)
    {
        var key = ProactiveStorageKeys.Reference(place);
        await _storage.DeleteAsync([key], cancellationToken);
        _known.TryRemove(key, out _);
    }

    private void Remember(string key, PlaceReference reference)
    {
        // A bound, not a cache policy: forgetting only costs one write per place on its next message.
        if (_known.Count >= MaxRemembered)
        {
            _known.Clear();
        }

        _known[key] = reference;
    }

    private T? Read<T>(JsonElement value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string key)
        where T : class
    {
        try
        {
            return value.Deserialize(type);
        }
        catch (JsonException ex)
        {
            // An unreadable document is treated as absent: the next add or message writes a good one over it.
            _logger.LogWarning(ex, "The document {Key} is not readable and is ignored", LogIds.Key(key));
            return null;
        }
    }
}
