using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TicBot.BotKit.Dialogs;

/// <summary>Typed reads and writes of the JSON values the dialog stack holds.</summary>
internal static class DialogJson
{
    public static JsonElement Write<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return JsonSerializer.SerializeToElement(value, typeInfo);
    }

    public static T? Read<T>(JsonElement? element, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return element is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value
            ? value.Deserialize(typeInfo)
            : default;
    }

    /// <summary>A value of a dialog's persisted state; unreadable state becomes a <see cref="DialogStateException"/>.</summary>
    public static T? ReadState<T>(DialogInstance instance, string key, JsonTypeInfo<T> typeInfo)
    {
        if (!instance.State.TryGetValue(key, out var element))
        {
            return default;
        }

        try
        {
            return Read(element, typeInfo);
        }
        catch (JsonException ex)
        {
            throw new DialogStateException($"The state '{key}' of dialog '{instance.Id}' is unreadable.", ex);
        }
    }

    public static void WriteState<T>(DialogInstance instance, string key, T value, JsonTypeInfo<T> typeInfo)
        => instance.State[key] = Write(value, typeInfo);
}
