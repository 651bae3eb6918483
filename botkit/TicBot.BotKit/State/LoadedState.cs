using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TicBot.BotKit.State;

/// <summary>One scope's state as loaded in a turn: the stored properties, and the typed values handed out.</summary>
internal sealed class LoadedState
{
    /// <summary>The reserved property holding the markers of the last activities whose turns wrote this document.</summary>
    internal const string HandledActivitiesProperty = "botkit.handledActivities";

    /// <summary>Markers kept per document: enough to cover the minutes in which a channel delivers again.</summary>
    private const int MaxHandledActivities = 32;

    private readonly SortedDictionary<string, JsonElement> _stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ILiveValue> _live = new(StringComparer.Ordinal);
    private byte[] _snapshot;

    public LoadedState(string key, JsonElement? document, string? etag, bool fromCache)
    {
        Key = key;
        ETag = etag;
        FromCache = fromCache;
        if (document is { ValueKind: JsonValueKind.Object } value)
        {
            foreach (var property in value.EnumerateObject())
            {
                _stored[property.Name] = property.Value;
            }
        }

        _snapshot = Serialize();
        Original = document is { ValueKind: JsonValueKind.Object } original ? original.Clone() : null;
    }

    public string Key { get; }

    /// <summary>The document as loaded or last saved in this turn (null when it did not exist), for undoing a save.</summary>
    public JsonElement? Original { get; private set; }

    /// <summary>Null when the document does not exist yet (the save then creates it).</summary>
    public string? ETag { get; private set; }

    /// <summary>True while the document came from the cache and no write has confirmed it.</summary>
    public bool FromCache { get; private set; }

    public bool TryGet<T>(string name, JsonTypeInfo<T> typeInfo, out T? value)
    {
        if (_live.TryGetValue(name, out var live))
        {
            value = (T?)live.Value;
            return true;
        }

        if (_stored.TryGetValue(name, out var element))
        {
            value = element.Deserialize(typeInfo);
            _live[name] = new LiveValue<T>(value, typeInfo);
            return true;
        }

        value = default;
        return false;
    }

    public void Set<T>(string name, T? value, JsonTypeInfo<T> typeInfo) => _live[name] = new LiveValue<T>(value, typeInfo);

    public void Delete(string name)
    {
        _live.Remove(name);
        _stored.Remove(name);
    }

    public void Clear()
    {
        _live.Clear();
        _stored.Clear();
    }

    /// <summary>True when a turn of this activity already wrote this document.</summary>
    public bool HasHandled(string marker)
        => _stored.TryGetValue(HandledActivitiesProperty, out var list) && list.ValueKind == JsonValueKind.Array
           && list.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.ValueEquals(marker));

    /// <summary>
    /// The document as it is now, and whether it differs from what was loaded or last saved. When it changed and a marker
    /// is given, the marker joins the document's handled activities (so a redelivery finds it).
    /// </summary>
    public (JsonElement Document, bool Changed) Build(string? marker = null)
    {
        var bytes = Serialize();
        var changed = !bytes.AsSpan().SequenceEqual(_snapshot);
        if (changed && marker is not null && !HasHandled(marker))
        {
            var markers = _stored.TryGetValue(HandledActivitiesProperty, out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
                : [];
            markers.Add(marker);
            _stored[HandledActivitiesProperty] = JsonSerializer.SerializeToElement(markers.TakeLast(MaxHandledActivities).ToArray(), StateJsonContext.Default.StringArray);
            bytes = Serialize();
        }

        using var parsed = JsonDocument.Parse(bytes);
        return (parsed.RootElement.Clone(), changed);
    }

    public void MarkSaved(string etag, JsonElement document)
    {
        ETag = etag;
        FromCache = false;
        _snapshot = Serialize();
        Original = document;
    }

    private byte[] Serialize()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var name in _stored.Keys.Union(_live.Keys).Order(StringComparer.Ordinal))
            {
                writer.WritePropertyName(name);
                if (_live.TryGetValue(name, out var live))
                {
                    live.WriteTo(writer);
                }
                else
                {
                    _stored[name].WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private interface ILiveValue
    {
        object? Value { get; }

        void WriteTo(Utf8JsonWriter writer);
    }

    private sealed class LiveValue<T>(T? value, JsonTypeInfo<T> typeInfo) : ILiveValue
    {
        public object? Value => value;

        public void WriteTo(Utf8JsonWriter writer)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, value, typeInfo);
            }
        }
    }
}
