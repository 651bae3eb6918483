using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Exports.Dossier.Sections;
using TicBot.Exports.Dossier.Word;
using TicBot.Exports.Snapshot;

namespace TicBot.Exports;

/// <summary>
/// The dossier de choix as a Word document (.docx) for the élus and the délibération: title page, table of contents,
/// framing and context, ranked expectations, management rules, scenarios with their costs, funding, advantages and
/// drawbacks, the comparison and recommendation, the decision, governance, the plan, the communication milestones, and
/// what remains to be established. Built from the project as it stands; a section the project cannot fill yet says so.
/// </summary>
public static class DossierDeChoixDocument
{
    /// <summary>The MIME type of a .docx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The sections, in document order; a new part of the model adds its section here.</summary>
    private static readonly IReadOnlyList<IDossierSection> Sections =
    [
        new TitlePageSection(),
        new ContentsSection(),
        new ContextSection(),
        new ExpectationsSection(),
        new ManagementRulesSection(),
        new ScenariosSection(),
        new ComparisonSection(),
        new DecisionSection(),
        new GovernanceSection(),
        new PlanSection(),
        new CommunicationSection(),
        new MissingSection(),
    ];

    /// <summary>A file name for the document: "Dossier de choix - {project} - {date}.docx" ("Choice dossier - …" in English), safe on every system.</summary>
    public static string FileName(Project project, ExportRequest request)
    {
        var snapshot = new ProjectSnapshot(project, request);
        return ExportFileName.For(snapshot.Content.Label(ProjectPhase.Study), snapshot.ProjectName, snapshot.Today, "docx");
    }

    /// <summary>
    /// Writes the dossier to <paramref name="output"/> (left open). Reads the project, never changes it; the same project
    /// and request give the same document. Not safe to call with a project another thread is changing.
    /// </summary>
    /// <exception cref="ArgumentNullException">A parameter, or the request's clock, is null.</exception>
    public static void Write(Project project, ExportRequest request, Stream output)
        => ExportOutput.Write(project, request, output, Build);

    /// <summary>As <see cref="Write"/>, copying to <paramref name="output"/> asynchronously (for an HTTP response body).</summary>
    public static Task WriteAsync(Project project, ExportRequest request, Stream output, CancellationToken cancellationToken)
        => ExportOutput.WriteAsync(project, request, output, Build, cancellationToken);

    private static void Build(ProjectSnapshot snapshot, Stream stream)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var english = snapshot.Language == ContentLanguage.English;
        var title = $"{snapshot.Content.Label(ProjectPhase.Study)} — {snapshot.ProjectName}";
        var package = new WordPackage(
            document,
            english ? "en-GB" : "fr-FR",
            title,
            title,
            english ? ("page", "of") : ("page", "sur"),
            snapshot.Now.UtcDateTime);
        var writer = new WordWriter(package.Body);
        var context = new DossierContext(snapshot, writer);
        foreach (var section in Sections)
        {
            section.Write(context);
        }

        writer.Finish();
        package.Close();
    }
}
