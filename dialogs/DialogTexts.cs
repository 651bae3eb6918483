using TicBot.BotKit.Localization;

namespace TicBot.Dialogs;

/// <summary>What the conversations say, in French (reference) and English, named after the step that says it.</summary>
internal static class DialogTexts
{
    public static readonly LocalizedText ProjectAskName = new(
        "Pour commencer, quel est le nom de votre projet ? Par exemple « Portail famille » ou « Dématérialisation de l’état civil ».",
        "To start, what is your project called? For example \"Family portal\" or \"Online civil registry\".");

    public static readonly LocalizedText ProjectAskNameRetry = new(
        "Merci d’indiquer un nom de projet de 3 à 80 caractères.",
        "Please give a project name of 3 to 80 characters.");

    public static readonly LocalizedText ProjectAskNameHelp = new(
        "Le nom sert à retrouver le projet ; vous pourrez le changer plus tard. Tapez « annuler » pour arrêter.",
        "The name is how you will find the project; you can change it later. Type \"cancel\" to stop.");

    public static readonly LocalizedText ProjectAskKind = new(
        "Quel type de structure porte le projet ?",
        "What kind of public body runs the project?");

    public static readonly LocalizedText ProjectAskKindHelp = new(
        "La méthode n’a pas de modèle unique : elle dépend notamment de la taille de la collectivité et des spécificités du territoire. Ce choix m’aide à adapter mes conseils. Répondez par le numéro ou le nom.",
        "The methodology depends on the size of the body and its territory: this helps me tailor my advice. Answer with the number or the name.");

    public static readonly LocalizedText ProjectCreatedPersonal = new(
        "C’est noté : le projet « {0} » est créé. Il vous est personnel ; vous le retrouverez ici à chaque visite, et dans « mes projets » avec vos autres projets.",
        "Done: the project \"{0}\" is created. It is yours alone; you will find it here on every visit.");

    public static readonly LocalizedText ProjectCreatedShared = new(
        "C’est noté : le projet « {0} » est créé. Tous les membres de cette conversation le partagent ; c’est désormais votre projet en cours ici.",
        "Done: the project \"{0}\" is created. Every member of this conversation shares it.");

    public static readonly LocalizedText ProjectCreatedTeam = new(
        "C’est noté : le projet « {0} » est créé. Toute l’équipe le partage, dans tous les fils de ses canaux ; c’est désormais votre projet en cours ici.",
        "Done: the project \"{0}\" is created. The whole team shares it, in every thread of its channels.");

    public static readonly LocalizedText ProjectAlreadyCreated = new(
        "Un collègue vient de créer le projet « {0} » pour cette conversation : nous continuons avec celui-ci.",
        "A colleague has just created the project \"{0}\" for this conversation: let us carry on with it.");

    public static readonly LocalizedText ProjectNotCreated = new(
        "Le projet n’a pas été créé. Tapez « menu » quand vous voudrez reprendre.",
        "The project was not created. Type \"menu\" when you want to start again.");

    public static readonly LocalizedText NotUnderstood = new(
        "Je n’ai pas compris votre demande. Vous pouvez écrire « listes de contrôle », « sécurité », « communication », « synthèse » ou « aide », ou choisir dans le menu ci-dessous.",
        "I did not understand your request. You can type \"checklists\", \"security\", \"communication\", \"summary\" or \"help\", or pick from the menu below.");

    public static readonly LocalizedText ComingSoon = new(
        "« {0} » sera bientôt disponible. En attendant, les listes de contrôle de la méthode et la synthèse du projet sont prêtes.",
        "\"{0}\" is coming soon. Meanwhile, the method’s checklists and the project summary are ready.");

    public static readonly LocalizedText ConcurrentChange = new(
        "Plusieurs personnes modifient le projet au même moment : votre modification n’a pas pu être enregistrée. Veuillez réessayer dans un instant.",
        "Several people are changing the project at the same moment: your change could not be saved. Please try again in a moment.");

    public static readonly LocalizedText NoPlace = new(
        "Je ne parviens pas à identifier cette conversation ; je ne peux donc pas y rattacher de projet.",
        "I cannot tell which conversation this is, so I cannot attach a project to it.");

    public static readonly LocalizedText ReadOnlyMember = new(
        "Vous pouvez consulter ce projet, mais pas le modifier. Demandez au chef de projet de vous en donner l’accès.",
        "You can read this project but not change it. Ask the project lead for access.");

    public static readonly LocalizedText Why = new("Pourquoi « {0} » ? {1}", "Why \"{0}\"? {1}");

    /// <summary>The "why" of a checklist item that TicBot adds to the seed: it says so (to use when the item is an addition).</summary>
    public static readonly LocalizedText WhyAddition = new(
        "Pourquoi « {0} » ? Complément à la méthode : {1}",
        "Why \"{0}\"? An addition to the method: {1}");

    public static readonly LocalizedText UnknownChecklistItem = new(
        "Ce point ne fait plus partie des listes de contrôle. Écrivez « listes de contrôle » pour les rouvrir.",
        "This item is no longer part of the checklists. Type \"checklists\" to open them again.");

    public static readonly LocalizedText CreateProjectFirst = new(
        "Créons d’abord le projet de cette conversation : je vous pose deux questions.",
        "Let us first create this conversation's project: I have two questions for you.");

    public static readonly LocalizedText ShownBelow = new("C’est affiché ci-dessous.", "Shown below.");

    public static readonly LocalizedText PersonalDataPrivateOnly = new(
        "Pour protéger vos données, je ne les affiche et ne les supprime qu’en conversation privée : écrivez-moi directement « mes données » ou « supprimer mes données ».",
        "To protect your data, I only show or erase it in a private chat: write \"my data\" or \"delete my data\" to me directly.");

    public static readonly LocalizedText PersonalDataExport = new(
        "Voici les données que TicBot conserve à votre sujet, au format JSON : votre projet personnel en entier et, dans les projets partagés, votre rôle et ce que vous y avez fait. Pour les effacer, écrivez « supprimer mes données ».",
        "Here is the data TicBot keeps about you, as JSON: your personal project in full and, in shared projects, your role and what you did there. To erase it, write \"delete my data\".");

    public static readonly LocalizedText PersonalDataEraseConfirm = new(
        "Voulez-vous vraiment supprimer vos données ? Votre projet personnel sera effacé ; dans les projets partagés, ce que vous avez fait restera, mais sans votre nom. Cette opération est définitive.",
        "Do you really want to delete your data? Your personal project will be erased; in shared projects what you did will stay, without your name. This cannot be undone.");

    public static readonly LocalizedText PersonalDataErased = new(
        "C’est fait : vos données ont été effacées. Projets concernés : {0}.",
        "Done: your data has been erased. Projects concerned: {0}.");

    public static readonly LocalizedText PersonalDataKept = new(
        "Très bien, rien n’a été supprimé.",
        "Fine, nothing was deleted.");

    public static readonly LocalizedText ProjectsChooseFirst = new(
        "Plusieurs projets sont suivis dans cette conversation : choisissez d’abord celui sur lequel vous travaillez.",
        "Several projects are followed in this conversation: first choose the one you are working on.");

    public static readonly LocalizedText ProjectOpened = new(
        "« {0} » est désormais votre projet en cours dans cette conversation ; vos collègues gardent chacun le leur.",
        "\"{0}\" is now your current project in this conversation; your colleagues each keep their own.");

    public static readonly LocalizedText ProjectWasDeleted = new(
        "Le projet « {0} » a été supprimé par {1} le {2}. Tapez « mes projets » pour choisir un autre projet.",
        "The project \"{0}\" was deleted by {1} on {2}. Type \"my projects\" to choose another project.");

    public static readonly LocalizedText ProjectGone = new(
        "Ce projet n’existe plus. Tapez « mes projets » pour choisir un autre projet.",
        "This project no longer exists. Type \"my projects\" to choose another project.");

    public static readonly LocalizedText ProjectForbidden = new(
        "Vous ne pouvez pas agir sur ce projet depuis cette conversation : seuls ses membres le peuvent.",
        "You cannot act on this project from this conversation: only its members can.");

    public static readonly LocalizedText CardReopen = new(
        "Cette carte date d’avant que plusieurs projets puissent être suivis ici : rouvrez-la depuis « mes projets » pour qu’elle s’applique au bon projet.",
        "This card dates from before several projects could be followed here: open it again from \"my projects\" so that it applies to the right project.");

    public static readonly LocalizedText ProjectArchivedReadOnly = new(
        "Le projet « {0} » est archivé : il reste consultable, mais il faut le restaurer pour le modifier (« mes projets », puis « Projets archivés »).",
        "The project \"{0}\" is archived: it can still be read, but it must be restored to be changed (\"my projects\", then \"Archived projects\").");

    public static readonly LocalizedText ProjectArchived = new(
        "Le projet « {0} » est archivé. Vous le retrouverez dans « mes projets », rubrique « Projets archivés », d’où il peut être restauré.",
        "The project \"{0}\" is archived. You will find it in \"my projects\", under \"Archived projects\", where it can be restored.");

    public static readonly LocalizedText ProjectRestored = new(
        "Le projet « {0} » est restauré : l’équipe peut de nouveau y travailler.",
        "The project \"{0}\" is restored: the team can work on it again.");

    public static readonly LocalizedText ProjectAskNewName = new(
        "Quel nouveau nom donnez-vous au projet « {0} » ?",
        "What new name do you give the project \"{0}\"?");

    public static readonly LocalizedText ProjectRenamed = new(
        "C’est fait : le projet s’appelle désormais « {0} ».",
        "Done: the project is now called \"{0}\".");

    public static readonly LocalizedText ProjectNotRenamed = new(
        "Le nom du projet n’a pas changé.",
        "The project's name has not changed.");

    public static readonly LocalizedText ProjectDeleteConfirm = new(
        "Voulez-vous vraiment supprimer le projet « {0} » ? Tout son contenu sera effacé ; seule une mention de qui l’a supprimé, et quand, sera conservée. Pour le mettre de côté sans rien perdre, archivez-le plutôt.",
        "Do you really want to delete the project \"{0}\"? All its content will be erased; only a note of who deleted it, and when, will be kept. To set it aside without losing anything, archive it instead.");

    public static readonly LocalizedText ProjectDeletedDone = new(
        "Le projet « {0} » est supprimé.",
        "The project \"{0}\" is deleted.");

    public static readonly LocalizedText ProjectKept = new(
        "Très bien, le projet est conservé tel quel.",
        "Fine, the project is kept as it is.");

    public static readonly LocalizedText OwnerOnly = new(
        "Seule la personne propriétaire du projet ({0}) peut le supprimer ou en transmettre la propriété.",
        "Only the project's owner ({0}) can delete it or hand its ownership over.");

    public static readonly LocalizedText TransferAsk = new(
        "À quel membre du projet « {0} » transmettez-vous la propriété ? Vous en resterez contributeur ou contributrice.",
        "To which member of the project \"{0}\" do you hand ownership over? You will remain a contributor.");

    public static readonly LocalizedText TransferNobody = new(
        "Personne d’autre n’est encore membre du projet « {0} ». Un collègue en devient membre en y contribuant, par exemple en cochant un point d’une liste de contrôle dans la conversation de l’équipe.",
        "Nobody else is a member of the project \"{0}\" yet. A colleague becomes a member by contributing, for instance by ticking a checklist item in the team's conversation.");

    public static readonly LocalizedText TransferDone = new(
        "C’est fait : {0} est désormais propriétaire du projet « {1} ».",
        "Done: {0} now owns the project \"{1}\".");

    public static readonly LocalizedText GroupStackReset = new(
        "Dans les conversations de groupe, chaque membre a désormais son propre échange avec TicBot. La question qui était en cours ici a donc été abandonnée ; tapez « menu » pour reprendre. Les projets ne sont pas touchés.",
        "In group conversations, each member now has their own exchange with TicBot. The question that was under way here was therefore dropped; type \"menu\" to carry on. The projects are untouched.");
}
