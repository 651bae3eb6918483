using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TicBot.BotKit.Dialogs;

/// <summary>Named values a waterfall keeps across its steps, stored as JSON with the dialog stack.</summary>
public sealed class DialogValues
{
    internal DialogValues(Dictionary<string, JsonElement>? items) => Items = items ?? new(StringComparer.Ordinal);

    internal Dictionary<string, JsonElement> Items { get; }

    internal bool Changed { get; private set; }

    public bool Contains(string key) => Items.ContainsKey(key);

    /// <summary>The value read as <typeparamref name="T"/>; default when absent.</summary>
    /// <exception cref="JsonException">The stored value is not a <typeparamref name="T"/>.</exception>
    public T? Get<T>(string key, JsonTypeInfo<T> typeInfo)
        => Items.TryGetValue(key, out var element) ? DialogJson.Read(element, typeInfo) : default;

    public void Set<T>(string key, T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Items[key] = DialogJson.Write(value, typeInfo);
        Changed = true;
    }

    /// <summary>Stores a JSON value as is (a prompt's <see cref="WaterfallStepContext.Result"/>, say).</summary>
    public void Set(string key, JsonElement? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (value is { } element)
        {
            Items[key] = element.Clone();
        }
        else
        {
            Items.Remove(key);
        }

        Changed = true;
    }

    public bool Remove(string key)
    {
        var removed = Items.Remove(key);
        Changed |= removed;
        return removed;
    }
}
