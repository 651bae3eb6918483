namespace TicBot.Exports.Dossier.Sections;

/// <summary>The last part: everything the other sections found missing, so a dossier at an early phase says where it stands.</summary>
internal sealed class MissingSection : IDossierSection
{
    public void Write(DossierContext context)
    {
        context.Writer.Heading(1, context.T("Ce qui reste à établir", "What remains to be established"));
        if (context.MissingItems.Count == 0)
        {
            context.Writer.Paragraph(context.T("Toutes les parties du dossier sont renseignées.", "Every part of the dossier is filled in."));
            return;
        }

        context.Writer.Paragraph(context.T("À la date de ce document :", "As of this document's date:"));
        context.Writer.Bullets(context.MissingItems.Select(Capitalised));
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
