using System.Text.Json;

namespace TicBot.BotKit.Storage;

/// <summary>The on-disk format: an envelope holding the real key, the ETag and the document.</summary>
public sealed partial class FileStorage
{
    private static async Task<Envelope?> ReadEnvelopeAsync(string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        byte[] bytes;
        try
        {
            // Sharing Delete lets a writer rename over the file while it is read (needed on Windows).
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 16_384, FileOptions.Asynchronous);
            bytes = new byte[stream.Length];
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            return new Envelope(
                root.GetProperty("key").GetString()!,
                root.GetProperty("etag").GetString()!,
                root.GetProperty("value").Clone());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // Renames are atomic, so this is a file someone else put or damaged: refuse to guess. The message is logged, and
            // a file's name is its key (ids in clear): it says the pseudonym, and where to look for a file that is not JSON.
            throw new InvalidDataException(
                $"A state file in '{System.IO.Path.GetDirectoryName(path)}' ({Logging.LogIds.Key(System.IO.Path.GetFileName(path))}) is not a valid TicBot document.", ex);
        }
    }

    private static async Task ReplaceAsync(string path, Envelope envelope, CancellationToken cancellationToken)
    {
        var temp = path + TempMark + Guid.NewGuid().ToString("N");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16_384, FileOptions.Asynchronous))
            {
                await using (var writer = new Utf8JsonWriter(stream))
                {
                    writer.WriteStartObject();
                    writer.WriteString("key", envelope.Key);
                    writer.WriteString("etag", envelope.ETag);
                    writer.WritePropertyName("value");
                    envelope.Value.WriteTo(writer);
                    writer.WriteEndObject();
                    await writer.FlushAsync(cancellationToken);
                }

                // The data must be on disk before the rename makes it the current version.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private sealed record Envelope(string Key, string ETag, JsonElement Value);
}
