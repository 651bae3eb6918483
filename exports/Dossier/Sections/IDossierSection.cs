namespace TicBot.Exports.Dossier.Sections;

/// <summary>
/// One part of the dossier de choix. A section writes what the project has, and says through
/// <see cref="DossierContext.Missing"/> what it does not have yet; it never reads another section.
/// </summary>
internal interface IDossierSection
{
    void Write(DossierContext context);
}
