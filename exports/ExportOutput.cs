namespace TicBot.Exports;

/// <summary>
/// Writes a document built in memory to the caller's stream. The Open XML packages need a seekable stream, and an HTTP
/// response body is not one (nor does ASP.NET Core allow synchronous writes to it), so documents are built in memory —
/// they are small — then copied.
/// </summary>
internal static class ExportOutput
{
    public static void Write(Action<Stream> build, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output is { CanSeek: true, CanRead: true, CanWrite: true } && output.Length == 0)
        {
            build(output);
            return;
        }

        using var buffer = new MemoryStream();
        build(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    public static async Task WriteAsync(Action<Stream> build, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        build(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }
}
