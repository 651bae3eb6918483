namespace TicBot.Exports.Dossier.Sections;

/// <summary>The table of contents: a Word field, updated when the document opens, that the document explains.</summary>
internal sealed class ContentsSection : IDossierSection
{
    public void Write(DossierContext context)
    {
        var writer = context.Writer;
        writer.ContentsHeading(context.T("Sommaire", "Contents"));
        writer.Note(context.T(
            "Ce sommaire est un champ que Word met à jour à l’ouverture du document, avec les numéros de page : acceptez la mise à jour des champs lorsque Word la propose. Sinon, cliquez dans le sommaire puis appuyez sur F9. Les titres de parties apparaissent aussi dans le volet de navigation.",
            "This table of contents is a field Word updates when the document opens, with the page numbers: accept the update of fields when Word offers it. Otherwise, click in the table and press F9. The part titles also appear in the navigation pane."));
        writer.TableOfContents(context.T("Le sommaire apparaît à la mise à jour des champs.", "The table of contents appears when fields are updated."));
        writer.PageBreak();
    }
}
