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
        "C’est noté : le projet « {0} » est créé. Il vous est personnel ; vous le retrouverez ici à chaque visite.",
        "Done: the project \"{0}\" is created. It is yours alone; you will find it here on every visit.");

    public static readonly LocalizedText ProjectCreatedShared = new(
        "C’est noté : le projet « {0} » est créé. Tous les membres de cette conversation le partagent.",
        "Done: the project \"{0}\" is created. Every member of this conversation shares it.");

    public static readonly LocalizedText ProjectCreatedTeam = new(
        "C’est noté : le projet « {0} » est créé. Toute l’équipe le partage, dans tous les fils de ses canaux.",
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
}
