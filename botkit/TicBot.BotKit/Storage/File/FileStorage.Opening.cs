using System.Text.Json;

namespace TicBot.BotKit.Storage;

/// <summary>The one pass over the folder when the store opens: leftovers removed, keys indexed.</summary>
public sealed partial class FileStorage
{
    private const int KeyHeadBytes = 4_096;
    private int _folderReads;
    private int _keyFileReads;

    /// <summary>How many times the folder was enumerated (for the tests that prove a page does not).</summary>
    internal int FolderReads => Volatile.Read(ref _folderReads);

    /// <summary>How many files were opened to learn their key (same purpose).</summary>
    internal int KeyFileReads => Volatile.Read(ref _keyFileReads);

    /// <summary>Removes leftover temporary files and returns the document names, in one read of the folder.</summary>
    private List<string> OpenFolder()
    {
        Interlocked.Increment(ref _folderReads);
        var names = new List<string>();
        foreach (var path in Directory.EnumerateFiles(Folder))
        {
            var name = System.IO.Path.GetFileName(path);
            if (name.Contains(TempMark, StringComparison.Ordinal))
            {
                RemoveLeftoverTemp(path);
            }
            else if (name.EndsWith(Extension, StringComparison.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private void BuildIndex(List<string> names)
    {
        try
        {
            var keys = new List<string>(names.Count);
            foreach (var name in names)
            {
                if ((KeyEncoder.Decode(name[..^Extension.Length]) ?? ReadStoredKey(System.IO.Path.Combine(Folder, name))) is { } key
                    && StorageKeys.IsWellFormed(key))
                {
                    keys.Add(key);
                }
            }

            _index.EndBuild(keys);
        }
        catch (Exception ex)
        {
            // Nobody awaits this task: the error reaches callers through the index, at their first listing.
            _index.FailBuild(ex);
        }
    }

    /// <summary>
    /// A temporary file left by a process killed mid-write; the folder belongs to one process, so at start none
    /// of them is in use.
    /// </summary>
    private static void RemoveLeftoverTemp(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Still open somewhere: harmless, listing and reading ignore temporary files.
        }
    }

    /// <summary>
    /// The key kept at the head of a file whose name was shortened; null for a file that is not one of ours.
    /// Only the head is read (the key is written first), growing it when the key is longer, so that opening
    /// does not read whole documents.
    /// </summary>
    private string? ReadStoredKey(string path)
    {
        Interlocked.Increment(ref _keyFileReads);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var head = new byte[(int)Math.Min(KeyHeadBytes, stream.Length)];
            var length = 0;
            while (true)
            {
                var read = stream.ReadAtLeast(head.AsSpan(length), head.Length - length, throwOnEndOfStream: false);
                length += read;
                var final = read == 0 || length >= stream.Length;
                if (TryReadKey(head.AsSpan(0, length), final, out var key) || final)
                {
                    return key;
                }

                Array.Resize(ref head, (int)Math.Min((long)head.Length * 2, stream.Length));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <returns>True when the head settles the question: <paramref name="key"/> is then the key, or null when
    /// the file does not start like one of ours.</returns>
    private static bool TryReadKey(ReadOnlySpan<byte> head, bool final, out string? key)
    {
        key = null;
        var reader = new Utf8JsonReader(head, isFinalBlock: final, state: default);
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return true;
        }

        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("key"u8))
        {
            return true;
        }

        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            key = reader.GetString();
        }

        return true;
    }
}
