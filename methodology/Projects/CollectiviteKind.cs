namespace TicBot.Methodology.Projects;

/// <summary>The kind of public body running the project.</summary>
public enum CollectiviteKind
{
    Commune,
    Intercommunalite,
    Departement,
    Region,
    EtablissementPublic,
    Other,
}
