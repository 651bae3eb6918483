using TicBot.BotKit.Localization;
using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Projects;

/// <summary>The kinds of public body, as the project creation asks for them.</summary>
internal static class CollectiviteKinds
{
    public static IReadOnlyList<CollectiviteKind> All { get; } =
    [
        CollectiviteKind.Commune, CollectiviteKind.Intercommunalite, CollectiviteKind.Departement,
        CollectiviteKind.Region, CollectiviteKind.EtablissementPublic, CollectiviteKind.Other,
    ];

    public static string Title(CollectiviteKind kind, UserLanguage language) => (kind, language) switch
    {
        (CollectiviteKind.Commune, UserLanguage.English) => "Municipality",
        (CollectiviteKind.Commune, _) => "Commune",
        (CollectiviteKind.Intercommunalite, UserLanguage.English) => "Inter-municipal body",
        (CollectiviteKind.Intercommunalite, _) => "Intercommunalité",
        (CollectiviteKind.Departement, UserLanguage.English) => "Département",
        (CollectiviteKind.Departement, _) => "Département",
        (CollectiviteKind.Region, UserLanguage.English) => "Region",
        (CollectiviteKind.Region, _) => "Région",
        (CollectiviteKind.EtablissementPublic, UserLanguage.English) => "Public body",
        (CollectiviteKind.EtablissementPublic, _) => "Établissement public",
        (_, UserLanguage.English) => "Other",
        _ => "Autre",
    };

    /// <summary>Words that choose the kind in either language, whatever the language of the question.</summary>
    public static IReadOnlyList<string> Synonyms(CollectiviteKind kind) => kind switch
    {
        CollectiviteKind.Commune => ["commune", "mairie", "ville", "municipality", "town", "city", "town hall"],
        CollectiviteKind.Intercommunalite => ["intercommunalite", "communaute de communes", "communaute d agglomeration", "metropole", "epci", "inter municipal body"],
        CollectiviteKind.Departement => ["departement", "conseil departemental", "county"],
        CollectiviteKind.Region => ["region", "conseil regional"],
        CollectiviteKind.EtablissementPublic => ["etablissement public", "organisme public", "syndicat", "public body", "agency"],
        _ => ["autre", "other"],
    };
}
