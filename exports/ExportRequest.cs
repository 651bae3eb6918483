using TicBot.Methodology.Content;

namespace TicBot.Exports;

/// <summary>
/// Who asks for a document, in which language, and when. The same request gives the same bytes for the same project
/// (the date, the version and every stamp come from here, never from the machine's clock or culture).
/// </summary>
public sealed record ExportRequest
{
    /// <summary>The clock: the document's date is today in the collectivité's time zone; the calendar's stamps are now, in UTC.</summary>
    public required TimeProvider Time { get; init; }

    /// <summary>The language of the document: the requesting member's. <value>French by default.</value></summary>
    public ContentLanguage Language { get; init; } = ContentLanguage.French;

    /// <summary>The name of the member who asked, shown on the dossier's title page. <value>Null: not shown.</value></summary>
    public string? RequesterName { get; init; }

    /// <summary>
    /// The version shown on the dossier's title page (e.g. "2" or "projet de délibération").
    /// <value>Null: the title page says the document shows the project as it stands on its date.</value>
    /// </summary>
    public string? Version { get; init; }
}
