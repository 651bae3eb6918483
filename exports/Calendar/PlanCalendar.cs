using System.Text;
using Ical.Net.Serialization;
using TicBot.Methodology.Projects;
using TicBot.Exports.Calendar;
using TicBot.Exports.Snapshot;

namespace TicBot.Exports;

/// <summary>
/// The plan as an iCalendar file (.ics) for Outlook and other calendars: each task as an all-day event over its days
/// (first working day to last, both included), the key dates and the communication milestones as all-day events.
/// UIDs are stable (project id, item id and <see cref="UidDomain"/>), so importing a newer file updates the events
/// instead of duplicating them; SEQUENCE grows with the export time so the newer file wins.
/// </summary>
/// <remarks>
/// All-day events carry dates, not instants (<c>DTSTART;VALUE=DATE</c>): a task's day is the same day in every
/// calendar, whatever its owner's time zone, so no VTIMEZONE is needed; the collectivité's zone only decides the
/// export's own date. Only DTSTAMP is an instant, in UTC as RFC 5545 wants.
/// </remarks>
public static class PlanCalendar
{
    /// <summary>The MIME type of an .ics file.</summary>
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>
    /// The right-hand side of every UID. A reserved name (RFC 2606) that no one owns, fixed so that UIDs do not change
    /// when the bot's public address does.
    /// </summary>
    public const string UidDomain = "ticbot.invalid";

    /// <summary>The instant SEQUENCE counts seconds from (it stays within 32 bits until 2093).</summary>
    public static readonly DateTimeOffset SequenceEpoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A file name for the calendar: "Planification - {project} - {date}.ics", safe on every system.</summary>
    public static string FileName(Project project, ExportRequest request)
    {
        var snapshot = new ProjectSnapshot(project, request);
        return ExportFileName.For(snapshot.T("Planification", "Planning"), snapshot.ProjectName, snapshot.Today, "ics");
    }

    /// <summary>
    /// Writes the calendar (UTF-8, CRLF lines folded at 75 octets) to <paramref name="output"/>, left open. A project
    /// without a plan or milestones gives a valid calendar with the events it has (possibly none).
    /// </summary>
    /// <exception cref="ArgumentNullException">A parameter, or the request's clock, is null.</exception>
    public static void Write(Project project, ExportRequest request, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Build(new ProjectSnapshot(project, request));
        output.Write(bytes);
    }

    /// <summary>As <see cref="Write"/>, asynchronously (for an HTTP response body).</summary>
    public static async Task WriteAsync(Project project, ExportRequest request, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Build(new ProjectSnapshot(project, request));
        await output.WriteAsync(bytes, cancellationToken);
    }

    /// <summary>The UID of one item of a project's plan: <c>{project}.{kind}.{item}@ticbot.invalid</c>, ids percent-encoded.</summary>
    public static string Uid(string projectId, string kind, string itemId)
        => $"{Uri.EscapeDataString(projectId)}.{kind}.{Uri.EscapeDataString(itemId)}@{UidDomain}";

    private static byte[] Build(ProjectSnapshot snapshot)
    {
        var calendar = PlanEvents.Calendar(snapshot);
        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
    }
}
