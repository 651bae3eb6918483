namespace TicBot.Exports.Dossier.Sections;

/// <summary>
/// The management rules ("recueil des règles de gestion"). The project model does not hold them yet: the section says
/// so, until the model gains them and this section writes them.
/// </summary>
internal sealed class ManagementRulesSection : IDossierSection
{
    public void Write(DossierContext context)
    {
        context.Writer.Heading(1, context.T("Règles de gestion", "Management rules"));
        context.Writer.Paragraph(context.T(
            "La méthode demande de recueillir les règles de gestion pendant l’étude préalable, puis de les affiner lors de la planification.",
            "The method asks for the management rules to be collected during the preliminary study, then refined when planning."));
        context.Missing(context.T(
            "les règles de gestion : TicBot ne les enregistre pas encore ; joignez-les à ce dossier.",
            "the management rules: TicBot does not record them yet; attach them to this dossier."));
    }
}
