using System.Security.Cryptography;
using System.Text;

namespace TicBot.BotKit.Logging;

/// <summary>
/// Keyed pseudonyms for the ids that logs must not hold in clear: <c>#</c> and the first 8 bytes (16 hex digits)
/// of HMAC-SHA256(key, UTF-8 id). The same id always gives the same pseudonym under one key, so an operator can
/// follow a conversation through the logs, and whoever holds the key can tell whether a pseudonym is a given id;
/// without the key, the id cannot be found from the pseudonym (even by trying every Teams id).
/// </summary>
public sealed class LogPseudonymizer
{
    /// <summary>What stands for a missing id.</summary>
    public const string None = "(none)";

    private readonly byte[] _key;

    /// <param name="key">The HMAC key; at least 32 bytes.</param>
    /// <exception cref="ArgumentException">The key is shorter than 32 bytes.</exception>
    public LogPseudonymizer(ReadOnlySpan<byte> key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("A pseudonym key has at least 32 bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>A pseudonymizer with a key drawn at random: its pseudonyms do not match any other process's.</summary>
    public static LogPseudonymizer CreateRandom() => new(RandomNumberGenerator.GetBytes(32));

    /// <summary>The pseudonym of <paramref name="id"/>; <see cref="None"/> for null or empty.</summary>
    public string Pseudonym(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return None;
        }

        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(id), hash);
        return "#" + Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>
    /// A storage key with its ids replaced: segments made only of lowercase ASCII letters and <c>-</c> are the key's
    /// structure (<c>msteams/conversations/…/users/…</c>) and stay; every other segment becomes its pseudonym, the
    /// same one <see cref="Pseudonym"/> gives for that id.
    /// </summary>
    public string Key(string? key)
        => string.IsNullOrEmpty(key)
            ? None
            : string.Join('/', key.Split('/').Select(segment => segment.Length == 0 || IsStructural(segment) ? segment : Pseudonym(segment)));

    /// <summary>
    /// A Bot Connector path (<c>/v3/conversations/{id}/activities/{activityId}</c>) with its conversation and member
    /// ids replaced by their pseudonyms, taken on the unescaped id so that they match <see cref="Pseudonym"/>'s.
    /// </summary>
    public string ConnectorPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return None;
        }

        var segments = path.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i - 1] is "conversations" or "members" && segments[i].Length > 0)
            {
                segments[i] = Pseudonym(Uri.UnescapeDataString(segments[i]));
            }
        }

        return string.Join('/', segments);
    }

    private static bool IsStructural(string segment)
    {
        foreach (var c in segment)
        {
            if (c is not ((>= 'a' and <= 'z') or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
