using TicBot.Cards.Model;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>The help card: what TicBot does and the words it understands at any time.</summary>
public static class HelpCardFactory
{
    public static AdaptiveCard Create(ContentLanguage language)
    {
        var title = T(language, "Aide", "Help");
        List<AdaptiveElement> body =
        [
            Heading(title),
            Paragraph(T(language,
                "TicBot vous guide dans un projet TIC : recueil des besoins, dossier de choix entre plusieurs scénarios, planification, listes de contrôle et rappels de communication. La méthode ne vous impose pas d’ordre : je vous signale seulement ce qui risque d’être oublié.",
                "TicBot guides you through an ICT project: needs gathering, choosing between scenarios, planning, checklists and communication reminders. The method imposes no order: I only point out what may be forgotten.")),
            Subheading(T(language, "Ce que vous pouvez écrire à tout moment", "What you can type at any time")),
            new FactSet(
            [
                new Fact("menu", T(language, "affiche le menu principal", "shows the main menu")),
                new Fact(T(language, "aide", "help"), T(language, "affiche cette aide", "shows this help")),
                new Fact(T(language, "annuler", "cancel"), T(language, "arrête la démarche en cours ; ce qui est déjà enregistré est conservé", "stops the current step; what is already saved is kept")),
            ]),
            Subheading(T(language, "Bon à savoir", "Good to know")),
            Paragraph(T(language,
                "Dans une liste de contrôle, cochez les points puis choisissez « Enregistrer » : la carte se met à jour.",
                "In a checklist, tick the items then choose \"Save\": the card updates itself.")),
            Paragraph(T(language,
                "Dans un canal d’équipe, mentionnez-moi (@TicBot) : toute l’équipe partage le même projet.",
                "In a team channel, mention me (@TicBot): the whole team shares one project.")),
            Paragraph(T(language,
                "Je réponds en français ou en anglais, selon la langue de Teams.",
                "I answer in French or English, following the language of Teams.")),
        ];
        return Card(language, title, body, [MenuButton(language)]);
    }
}
