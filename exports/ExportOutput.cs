using TicBot.Methodology.Projects;
using TicBot.Exports.Snapshot;

namespace TicBot.Exports;

/// <summary>
/// Builds a document from a snapshot of the project and writes it to the caller's stream. The Open XML packages need a
/// seekable stream, and an HTTP response body is not one (nor does ASP.NET Core allow synchronous writes to it), so
/// documents are built in memory — they are small — then copied.
/// </summary>
internal static class ExportOutput
{
    public static void Write(Project project, ExportRequest request, Stream output, Action<ProjectSnapshot, Stream> build)
    {
        var snapshot = new ProjectSnapshot(project, request);
        ArgumentNullException.ThrowIfNull(output);
        if (output is { CanSeek: true, CanRead: true, CanWrite: true } && output.Length == 0)
        {
            build(snapshot, output);
            return;
        }

        using var buffer = new MemoryStream();
        build(snapshot, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    public static async Task WriteAsync(Project project, ExportRequest request, Stream output, Action<ProjectSnapshot, Stream> build, CancellationToken cancellationToken)
    {
        var snapshot = new ProjectSnapshot(project, request);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        build(snapshot, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }
}
