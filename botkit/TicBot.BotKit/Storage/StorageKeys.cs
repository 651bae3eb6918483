namespace TicBot.BotKit.Storage;

/// <summary>Argument checks shared by every store, so they all reject bad input the same way.</summary>
internal static class StorageKeys
{
    public static void ValidateKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
        {
            throw new ArgumentException("A storage key cannot be empty.", nameof(key));
        }

        // A lone surrogate has no UTF-8 form: it could not be kept in a file name, blob name or JSON exactly.
        if (!IsWellFormed(key))
        {
            throw new ArgumentException("A storage key must be well-formed Unicode (it contains a lone surrogate).", nameof(key));
        }
    }

    public static bool IsWellFormed(string key)
    {
        if (!key.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return true;
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (char.IsHighSurrogate(key[i]) && i + 1 < key.Length && char.IsLowSurrogate(key[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(key[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static void ValidateKeys(IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            ValidateKey(key);
        }
    }

    public static void ValidateWrites(IReadOnlyCollection<StorageWrite> writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        foreach (var write in writes)
        {
            ArgumentNullException.ThrowIfNull(write, nameof(writes));
            ValidateKey(write.Key);
            if (write.Value.ValueKind == System.Text.Json.JsonValueKind.Undefined)
            {
                throw new ArgumentException($"The value written to '{write.Key}' is undefined.", nameof(writes));
            }
        }
    }

    public static byte[] ToUtf8(System.Text.Json.JsonElement value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            value.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void ValidateListing(string prefix, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
    }
}
