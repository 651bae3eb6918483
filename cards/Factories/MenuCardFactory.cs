using TicBot.Cards.Actions;
using TicBot.Cards.Model;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// The welcome card and the main menu. Entries that are not built yet are shown as "bientôt disponible"
/// rather than as buttons that would lead nowhere.
/// </summary>
public static class MenuCardFactory
{
    /// <summary>The menu entries in display order.</summary>
    public static IReadOnlyList<MenuEntry> Entries { get; } =
    [
        MenuEntry.Needs, MenuEntry.Scenarios, MenuEntry.Planning, MenuEntry.Checklists,
        MenuEntry.Summary, MenuEntry.Reminders, MenuEntry.Projects, MenuEntry.Help,
    ];

    /// <summary>The first card a user sees: who TicBot is, then the menu.</summary>
    /// <param name="userName">The user's display name; null or blank greets without a name.</param>
    /// <param name="available">The entries that work today; the others say "coming soon".</param>
    public static AdaptiveCard Welcome(string? userName, IReadOnlyCollection<MenuEntry> available, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(available);
        var greeting = string.IsNullOrWhiteSpace(userName)
            ? T(language, "Bonjour, je suis TicBot", "Hello, I am TicBot")
            : T(language, $"Bonjour {Clip(userName, 80)}, je suis TicBot", $"Hello {Clip(userName, 80)}, I am TicBot");
        List<AdaptiveElement> body =
        [
            Heading(greeting),
            Paragraph(T(language,
                "Je vous accompagne dans vos projets TIC de service public avec une méthode qui donne de grandes lignes plutôt qu’un modèle unique : placer l’usager au cœur du système d’information et communiquer à chaque étape.",
                "I help you with ICT projects in public services, following a method that gives broad guidelines rather than a single model: put the public at the heart of the information system and communicate at every step.")),
            Subheading(T(language, "Par où commencer ?", "Where to start?")),
        ];
        body.AddRange(EntryBlocks(available, language));
        return Card(language, greeting, body);
    }

    /// <summary>The main menu.</summary>
    /// <param name="available">The entries that work today; the others say "coming soon".</param>
    public static AdaptiveCard MainMenu(IReadOnlyCollection<MenuEntry> available, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(available);
        var title = T(language, "Menu principal", "Main menu");
        List<AdaptiveElement> body = [Heading(title)];
        body.AddRange(EntryBlocks(available, language));
        return Card(language, title, body);
    }

    private static IEnumerable<AdaptiveElement> EntryBlocks(IReadOnlyCollection<MenuEntry> available, ContentLanguage language)
    {
        foreach (var entry in Entries)
        {
            var (title, description) = Describe(entry, language);
            AdaptiveElement head = available.Contains(entry)
                ? new ActionSet([new SubmitAction(title) { Data = new MenuOpenData(entry) }])
                : new TextBlock($"{title} — {T(language, "bientôt disponible", "coming soon")}") { Weight = TextWeight.Bolder, Wrap = true };
            yield return new Container([head, Subtle(description)]) { Spacing = Spacing.Small };
        }
    }

    /// <summary>An entry's title, as its button shows it (and as messages name it).</summary>
    public static string Title(MenuEntry entry, ContentLanguage language) => Describe(entry, language).Title;

    /// <summary>What an entry does, in one sentence, as the menu says it.</summary>
    public static string Description(MenuEntry entry, ContentLanguage language) => Describe(entry, language).Description;

    private static (string Title, string Description) Describe(MenuEntry entry, ContentLanguage language) => entry switch
    {
        MenuEntry.Needs => (T(language, "Recueil des attentes", "Gathering expectations"),
            T(language, "Recueillir, préciser et ordonner les attentes des usagers et des agents.", "Collect, clarify and rank what the public and the staff expect.")),
        MenuEntry.Scenarios => (T(language, "Dossier de choix", "Choice dossier"),
            T(language, "Étudier des scénarios sur les plans fonctionnel et financier, peser leurs avantages et leurs inconvénients, puis consigner la décision.", "Study scenarios functionally and financially, weigh their advantages and drawbacks, then record the decision.")),
        MenuEntry.Planning => (T(language, "Planification", "Planning"),
            T(language, "Placer toutes les tâches sur un planning et dater les actions de communication.", "Put every task on a schedule and date the communication actions.")),
        MenuEntry.Checklists => (T(language, "Listes de contrôle", "Checklists"),
            T(language, "Étapes clés, erreurs à éviter, sécurité, organisation, formation, communication.", "Key steps, mistakes to avoid, security, organisation, training, communication.")),
        MenuEntry.Summary => (T(language, "Synthèse du projet", "Project summary"),
            T(language, "L’avancement de chaque liste et les points d’attention.", "Progress of each checklist and the points to watch.")),
        MenuEntry.Reminders => (T(language, "Rappels", "Reminders"),
            T(language, "Être prévenu aux moments clés de la communication.", "Be reminded at the key moments for communication.")),
        MenuEntry.Projects => (T(language, "Mes projets", "My projects"),
            T(language, "Changer de projet, en créer un autre, le renommer, l’archiver ou le transmettre.", "Switch project, create another, rename, archive or hand it over.")),
        _ => (T(language, "Aide", "Help"),
            T(language, "Ce que je sais faire et comment me parler.", "What I can do and how to talk to me.")),
    };
}
