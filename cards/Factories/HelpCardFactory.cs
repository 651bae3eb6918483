using TicBot.Cards.Actions;
using TicBot.Cards.Model;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>The help card: what TicBot does today and the words it understands at any time — what exists, no more.</summary>
public static class HelpCardFactory
{
    /// <param name="available">The menu entries that work today, described one by one; null to point to the main menu
    /// instead (which shows them).</param>
    public static AdaptiveCard Create(ContentLanguage language, IReadOnlyCollection<MenuEntry>? available = null)
    {
        var title = T(language, "Aide", "Help");
        List<AdaptiveElement> body =
        [
            Heading(title),
            Paragraph(T(language,
                "TicBot vous accompagne dans un projet TIC de service public, selon une méthode qui ne vous impose pas d’ordre : je vous signale seulement ce qui risque d’être oublié.",
                "TicBot helps you with an ICT project in public services, following a method that imposes no order: I only point out what may be forgotten.")),
        ];
        var shown = available?.Where(e => e != MenuEntry.Help).ToList();
        if (shown is { Count: > 0 })
        {
            body.Add(Subheading(T(language, "Ce que je sais faire aujourd’hui", "What I can do today")));
            body.Add(new FactSet([.. MenuCardFactory.Entries.Where(shown.Contains).Select(e => new Fact(MenuCardFactory.Title(e, language), MenuCardFactory.Description(e, language)))]));
        }
        else
        {
            body.Add(Paragraph(T(language,
                "Le menu principal montre ce que je sais faire aujourd’hui ; les entrées marquées « bientôt disponible » ne sont pas encore ouvertes.",
                "The main menu shows what I can do today; the entries marked \"coming soon\" are not open yet.")));
        }

        body.Add(Subheading(T(language, "Ce que vous pouvez écrire à tout moment", "What you can type at any time")));
        body.Add(new FactSet(
        [
            new Fact("menu", T(language, "affiche le menu principal", "shows the main menu")),
            new Fact(T(language, "synthèse", "summary"), T(language, "affiche la synthèse du projet et ses points d’attention", "shows the project summary and its points to watch")),
            new Fact(T(language, "listes de contrôle", "checklists"), T(language, "ouvre les listes de contrôle ; « sécurité », « formation », « communication »… ouvrent la liste du même nom", "opens the checklists; \"security\", \"training\", \"communication\"… open the list of that name")),
            new Fact(T(language, "mes projets", "my projects"), T(language, "liste les projets de la conversation ; « nouveau projet », « renommer », « archiver », « gérer le projet » agissent sur votre projet en cours", "lists the conversation's projects; \"new project\", \"rename\", \"archive\", \"manage the project\" act on your current project")),
            new Fact(T(language, "mes données", "my data"), T(language, "montre les données que TicBot garde à votre sujet ; « supprimer mes données » les efface", "shows the data TicBot keeps about you; \"delete my data\" erases it")),
            new Fact(T(language, "aide", "help"), T(language, "affiche cette aide", "shows this help")),
            new Fact(T(language, "annuler", "cancel"), T(language, "arrête la démarche en cours ; ce qui est déjà enregistré est conservé", "stops the current step; what is already saved is kept")),
        ]));
        body.Add(Subheading(T(language, "Bon à savoir", "Good to know")));
        body.Add(Paragraph(T(language,
            "Dans une liste de contrôle, cochez les points puis choisissez « Enregistrer » : la carte se met à jour. Les points marqués « Complément » ne figurent pas dans la méthode : TicBot les ajoute et dit pourquoi.",
            "In a checklist, tick the items then choose \"Save\": the card updates itself. Items marked \"Addition\" are not in the method: TicBot adds them and says why.")));
        body.Add(Paragraph(T(language,
            "Dans un canal d’équipe ou une conversation de groupe, mentionnez-moi (@TicBot) : l’équipe partage ses projets, mais chacun mène son propre échange avec moi et répond à mes questions dans les cartes que je lui adresse.",
            "In a team channel or a group chat, mention me (@TicBot): the team shares its projects, but each member holds their own exchange with me and answers my questions in the cards I send them.")));
        body.Add(Paragraph(T(language,
            "Je réponds en français ou en anglais, selon la langue de Teams.",
            "I answer in French or English, following the language of Teams.")));
        return Card(language, title, body, [MenuButton(language)]);
    }
}
