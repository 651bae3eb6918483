using System.Security.Cryptography;
using System.Text;

namespace TicBot.BotKit.Storage;

/// <summary>
/// Turns any key into a name safe for a file system or a blob container. The encoding works character by
/// character (safe characters kept, every other UTF-8 byte written <c>%XX</c>), so the encoding of a
/// prefix is a prefix of the encoding of every key it starts: listing by prefix stays a name-prefix scan.
/// Names that would be too long keep their beginning and end with <c>~</c> and a hash of the whole key;
/// the stores then keep the real key beside the data.
/// </summary>
internal sealed class KeyEncoder(bool keepUppercase, int maxLength)
{
    private const int HashLength = 32;

    /// <summary>The mark that ends a shortened name; never produced by the escaping itself.</summary>
    public const char HashMark = '~';

    public string Encode(string key)
    {
        var escaped = Escape(key);
        if (escaped.Length <= maxLength)
        {
            return escaped;
        }

        var cut = Math.Min(escaped.Length, maxLength - HashLength - 1);
        // Never cut an escape in half: the kept beginning must stay a valid escaped prefix.
        while (cut > 0 && (escaped[cut - 1] == '%' || (cut > 1 && escaped[cut - 2] == '%')))
        {
            cut--;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, HashLength / 2);
        return string.Concat(escaped.AsSpan(0, cut), HashMark.ToString(), hash);
    }

    /// <summary>The name prefix shared by every key starting with <paramref name="prefix"/>, shortened ones included.</summary>
    public string EncodePrefix(string prefix)
    {
        var escaped = Escape(prefix);
        var limit = maxLength - HashLength - 4;
        return escaped.Length <= limit ? escaped : escaped[..limit];
    }

    /// <summary>The key of a name, or null when the name is shortened (the real key is stored with the data).</summary>
    public static string? Decode(string name)
    {
        if (name.Contains(HashMark, StringComparison.Ordinal))
        {
            return null;
        }

        var bytes = new List<byte>(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '%')
            {
                // Not one of ours (a file or blob someone else put there): no key can be read from it.
                if (i + 2 >= name.Length || !byte.TryParse(name.AsSpan(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var b))
                {
                    return null;
                }

                bytes.Add(b);
                i += 2;
            }
            else
            {
                bytes.Add((byte)name[i]);
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private string Escape(string key)
    {
        var builder = new StringBuilder(key.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' || (keepUppercase && c is >= 'A' and <= 'Z'))
            {
                builder.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < key.Length && char.IsLowSurrogate(key[i + 1])
                ? Encoding.UTF8.GetBytes(key.AsSpan(i++, 2), utf8)
                : Encoding.UTF8.GetBytes(key.AsSpan(i, 1), utf8);
            foreach (var b in utf8[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
