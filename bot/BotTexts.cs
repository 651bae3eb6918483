using TicBot.BotKit.Localization;

namespace TicBot.Bot;

/// <summary>The bot's own sentences until the dialogs bring theirs. French first.</summary>
internal static class BotTexts
{
    public static readonly LocalizedText Welcome = new(
        "Bonjour, je suis TicBot. Je vous accompagne dans la conduite de vos projets TIC selon la méthodologie "
        + "de votre administration : cadrage, phases, livrables et jalons. Écrivez « menu » pour voir ce que je sais faire.",
        "Hello, I am TicBot. I help you run your ICT projects following your administration's methodology: "
        + "scoping, phases, deliverables and milestones. Type \"menu\" to see what I can do.");

    public static readonly LocalizedText MentionHint = new(
        "Dans cette conversation, mentionnez-moi (@TicBot) pour vous adresser à moi.",
        "In this conversation, mention me (@TicBot) to talk to me.");

    public static readonly LocalizedText Menu = new(
        "Voici ce que je vous proposerai :\n\n"
        + "- démarrer un nouveau projet TIC ;\n"
        + "- suivre l'avancement d'un projet, phase par phase ;\n"
        + "- préparer les livrables attendus à chaque jalon.\n\n"
        + "Ces fonctions sont en cours de mise en service ; je vous préviendrai dès qu'elles seront disponibles.",
        "Here is what I will offer you:\n\n"
        + "- start a new ICT project;\n"
        + "- follow a project's progress, phase by phase;\n"
        + "- prepare the deliverables each milestone expects.\n\n"
        + "These features are being rolled out; I will let you know as soon as they are available.");

    public static readonly LocalizedText FormReceived = new(
        "J'ai bien reçu votre formulaire. Son traitement sera possible dès la mise en service des fonctions de suivi de projet.",
        "I have received your form. It will be processed as soon as the project features are available.");

    public static readonly LocalizedText CardActionReceived = new(
        "Action bien reçue. Elle sera traitée dès la mise en service des fonctions de suivi de projet.",
        "Action received. It will be handled as soon as the project features are available.");
}
