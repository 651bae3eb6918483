using System.Text;
using TicBot.Methodology;
using TicBot.Methodology.Content;

namespace TicBot.Exports.Snapshot;

/// <summary>File names people can keep: "Dossier de choix - Portail famille - 2027-03-15.docx", safe on every system.</summary>
internal static class ExportFileName
{
    /// <summary>Longest project part kept, so the whole name stays well under the usual 255-character limit.</summary>
    public const int MaxProjectLength = 80;

    public static string For(string kind, string projectName, DateOnly date, string extension)
    {
        var builder = new StringBuilder(projectName.Length);
        foreach (var c in projectName.Normalize(NormalizationForm.FormC))
        {
            // Characters Windows, macOS or SharePoint refuse in a name, and controls, become spaces.
            builder.Append(char.IsControl(c) || "\\/:*?\"<>|#%".Contains(c, StringComparison.Ordinal) ? ' ' : c);
        }

        var project = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (project.Length > MaxProjectLength)
        {
            var cut = char.IsHighSurrogate(project[MaxProjectLength - 1]) ? MaxProjectLength - 1 : MaxProjectLength;
            project = project[..cut].TrimEnd('.', ' ');
        }

        var day = DisplayFormat.ShortDate(date, ContentLanguage.English);
        return project.Length == 0 ? $"{kind} - {day}.{extension}" : $"{kind} - {project} - {day}.{extension}";
    }
}
