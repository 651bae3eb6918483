using TicBot.BotKit.Localization;
using TicBot.Methodology.Content;
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

    /// <summary>The kind as the methodology content names it in <paramref name="language"/>.</summary>
    public static string Title(CollectiviteKind kind, UserLanguage language)
        => MethodologyCatalog.Load().For(language.ToContent()).Label(kind);

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
