using System.Text.Json;
using TicBot.BotKit.Privacy;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Proactive;

/// <summary>Member departures, and a person's part in the export and the erasure.</summary>
public sealed partial class ConversationReferenceStore : IPersonalDataStore
{
    private const int PageSize = 100;

    /// <inheritdoc/>
    public string ExportName => "conversationReferences";

    /// <summary>Records that <see cref="MemberDeparture.UserId"/> left a shared place. One write.</summary>
    /// <exception cref="ArgumentException">The place is a personal chat.</exception>
    public async Task RecordDepartureAsync(MemberDeparture departure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(departure);
        if (!departure.Place.IsShared)
        {
            throw new ArgumentException("Only people leaving a group chat or a team are recorded.", nameof(departure));
        }

        var json = JsonSerializer.SerializeToElement(departure, ProactiveJsonContext.Default.MemberDeparture);
        await _storage.WriteAsync([new StorageWrite(ProactiveStorageKeys.Departure(departure.Place, departure.UserId), json)], cancellationToken);
    }

    /// <summary>The departure of <paramref name="userId"/> from <paramref name="place"/>, or null when they have not left it.</summary>
    public async Task<MemberDeparture?> GetDepartureAsync(ConversationPlace place, string userId, CancellationToken cancellationToken)
    {
        var key = ProactiveStorageKeys.Departure(place, userId);
        var items = await _storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item) ? Read(item.Value, ProactiveJsonContext.Default.MemberDeparture, key) : null;
    }

    /// <summary>Forgets a departure (the person was added back). Missing ones are ignored.</summary>
    public Task ForgetDepartureAsync(ConversationPlace place, string userId, CancellationToken cancellationToken)
        => _storage.DeleteAsync([ProactiveStorageKeys.Departure(place, userId)], cancellationToken);

    /// <summary>Every departure recorded for <paramref name="userId"/> (one prefix listing, then one read).</summary>
    public async Task<IReadOnlyList<MemberDeparture>> DeparturesOfAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var keys = await DepartureKeysAsync(channelId, userId, cancellationToken);
        if (keys.Count == 0)
        {
            return [];
        }

        var items = await _storage.ReadAsync(keys, cancellationToken);
        return [.. keys.Where(items.ContainsKey).Select(k => Read(items[k].Value, ProactiveJsonContext.Default.MemberDeparture, k)).OfType<MemberDeparture>()];
    }

    /// <summary>The person's personal chat reference and their departures.</summary>
    public async Task<JsonElement> ExportAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var personal = await GetAsync(new ConversationPlace(channelId, ConversationPlaceKind.Personal, userId), cancellationToken);
        var departures = await DeparturesOfAsync(channelId, userId, cancellationToken);
        return JsonSerializer.SerializeToElement(new PersonalReferenceExport(personal, departures), ProactiveJsonContext.Default.PersonalReferenceExport);
    }

    /// <summary>
    /// Deletes the person's personal chat reference and their departures. Group chat and team references name nobody
    /// and stay. Using the bot again stores a new personal reference.
    /// </summary>
    public async Task<int> EraseAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var personal = new ConversationPlace(channelId, ConversationPlaceKind.Personal, userId);
        var keys = await DepartureKeysAsync(channelId, userId, cancellationToken);
        var existing = await _storage.ReadAsync([ProactiveStorageKeys.Reference(personal), .. keys], cancellationToken);
        await RemoveAsync(personal, cancellationToken);
        if (keys.Count > 0)
        {
            await _storage.DeleteAsync(keys, cancellationToken);
        }

        return existing.Count;
    }

    private async Task<List<string>> DepartureKeysAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var key in _storage.ListAllKeysAsync(ProactiveStorageKeys.DeparturesOf(channelId, userId), PageSize, cancellationToken))
        {
            keys.Add(key);
        }

        return keys;
    }
}
