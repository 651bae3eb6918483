using TicBot.Methodology.Content;
using TicBot.Exports.Dossier.Word;
using TicBot.Exports.Snapshot;

namespace TicBot.Exports.Dossier.Sections;

/// <summary>What a section writes with: the project as the export sees it, the Word writer, and the list of what is missing.</summary>
internal sealed class DossierContext(ProjectSnapshot snapshot, WordWriter writer)
{
    private readonly List<string> _missing = [];

    public ProjectSnapshot Snapshot { get; } = snapshot;

    public WordWriter Writer { get; } = writer;

    public ContentLanguage Language => Snapshot.Language;

    /// <summary>What the sections found missing, in document order (the last section lists them).</summary>
    public IReadOnlyList<string> MissingItems => _missing;

    public string T(string french, string english) => Snapshot.T(french, english);

    /// <summary>Says in the section that something is missing, and adds it to the list at the end of the dossier.</summary>
    public void Missing(string what)
    {
        _missing.Add(what);
        Writer.Note(T("À compléter : ", "To be completed: ") + what);
    }
}
