using TicBot.BotKit.Recognizers;
using TicBot.Cards.Actions;
using TicBot.Methodology.Content;

namespace TicBot.Dialogs.Menu;

/// <summary>
/// Understands the words typed instead of clicking the menu ("sécurité", "synthèse", "key steps"…), in French
/// and English, ignoring case, accents and punctuation; "résumé" stays a synonym of « Synthèse du projet » and
/// "besoins" of « Recueil des attentes ». The most specific phrase wins: "checklist sécurité"
/// opens the security checklist, "checklist" alone the list of checklists.
/// </summary>
public static class MenuIntentRecognizer
{
    // Order matters: specific phrases before the general ones they contain.
    private static readonly (string[] Phrases, MenuIntent Intent)[] Table =
    [
        (["supprimer mes donnees", "effacer mes donnees", "supprimez mes donnees", "effacez mes donnees", "oubliez moi", "droit a l oubli", "delete my data", "erase my data", "forget me"], new(MenuCommand.EraseMyData)),
        (["mes donnees", "exporter mes donnees", "mes donnees personnelles", "my data", "export my data", "my personal data"], new(MenuCommand.MyData)),
        (["projets archives", "projet archive", "archived projects", "archived project"], new(MenuCommand.ArchivedProjects)),
        (["nouveau projet", "creer un projet", "creer un nouveau projet", "autre projet", "new project", "create a project", "another project"], new(MenuCommand.NewProject)),
        (["renommer le projet", "renommer ce projet", "renommer", "rename the project", "rename project", "rename"], new(MenuCommand.RenameProject)),
        (["archiver le projet", "archiver ce projet", "archiver", "archive the project", "archive project", "archive"], new(MenuCommand.ArchiveProject)),
        (["restaurer le projet", "restaurer un projet", "restaurer", "restore the project", "restore project", "restore"], new(MenuCommand.ArchivedProjects)),
        (["supprimer le projet", "supprimer ce projet", "effacer le projet", "delete the project", "delete project"], new(MenuCommand.DeleteProject)),
        (["transmettre le projet", "transferer le projet", "transmettre la propriete", "transferer la propriete", "changer de proprietaire", "transfer the project", "transfer ownership", "hand over the project"], new(MenuCommand.TransferProject)),
        (["gerer le projet", "gerer ce projet", "gestion du projet", "manage the project", "manage project"], new(MenuCommand.ManageProject)),
        (["mes projets", "liste des projets", "les projets", "projets", "changer de projet", "choisir un projet", "my projects", "projects", "switch project", "change project"], new(MenuCommand.Projects)),
        (["etapes cles", "etape cle", "etapes", "key steps", "key step", "reussir"], Checklist(ChecklistIds.KeySteps)),
        (["erreurs a eviter", "erreurs", "erreur", "pieges", "mistakes to avoid", "mistakes", "mistake"], Checklist(ChecklistIds.Mistakes)),
        (["securite", "security", "rgpd", "gdpr", "cybersecurite"], Checklist(ChecklistIds.Security)),
        (["etude d organisation", "organisation", "organization", "organisation study"], Checklist(ChecklistIds.OrganisationStudy)),
        (["formation des agents", "formation", "former", "training"], Checklist(ChecklistIds.Training)),
        (["communication", "communiquer", "communicate"], Checklist(ChecklistIds.Communication)),
        (["checklists", "checklist", "check list", "check lists", "listes de controle", "liste de controle", "listes", "liste", "lists"], new(MenuCommand.Checklists)),
        (["synthese du projet", "synthese", "resume", "bilan", "etat du projet", "sante", "mon projet", "projet", "summary", "status", "health", "project"], new(MenuCommand.Summary)),
        (["recueil des attentes", "attentes", "recueil des besoins", "besoins", "needs", "expectations", "gathering expectations"], new(MenuCommand.ComingSoon, ComingSoon: MenuEntry.Needs)),
        (["dossier de choix", "scenarios", "scenario", "scenarii", "etude prealable"], new(MenuCommand.ComingSoon, ComingSoon: MenuEntry.Scenarios)),
        (["planification", "planning", "plan", "calendrier", "planning"], new(MenuCommand.ComingSoon, ComingSoon: MenuEntry.Planning)),
        (["rappels", "rappel", "reminders", "reminder"], new(MenuCommand.ComingSoon, ComingSoon: MenuEntry.Reminders)),
        (["aide", "help", "au secours", "que sais tu faire", "que savez vous faire", "what can you do"], new(MenuCommand.Help)),
        (["menu", "menu principal", "accueil", "start", "bonjour", "salut", "hello", "hi", "demarrer", "commencer"], new(MenuCommand.Menu)),
    ];

    /// <summary>The intent of <paramref name="text"/>; <see cref="MenuCommand.Unknown"/> when none fits.</summary>
    public static MenuIntent Recognize(string? text)
    {
        if (text is null || text.Length > TextNormalizer.MaxInputLength)
        {
            return new MenuIntent(MenuCommand.Unknown);
        }

        var folded = " " + TextNormalizer.Fold(text) + " ";
        foreach (var (phrases, intent) in Table)
        {
            if (phrases.Any(p => folded.Contains(" " + p + " ", StringComparison.Ordinal)))
            {
                return intent;
            }
        }

        return new MenuIntent(MenuCommand.Unknown);
    }

    private static MenuIntent Checklist(string id) => new(MenuCommand.Checklist, id);
}
