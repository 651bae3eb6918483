using TicBot.BotKit.Localization;

namespace TicBot.Bot.Legal;

/// <summary>The pages' sentences that depend on configuration; the rest is in <c>Pages/*.html</c>. French first.</summary>
internal static class LegalPageTexts
{
    public static readonly LocalizedText PrivacyTitle = new("Confidentialité – TicBot", "Privacy – TicBot");

    public static readonly LocalizedText TermsTitle = new("Conditions d’utilisation – TicBot", "Terms of use – TicBot");

    public static readonly LocalizedText LanguageNavigation = new("Langue", "Language");

    public static readonly LocalizedText OtherLanguage = new("English", "Français");

    public static readonly LocalizedText UnnamedController = new(
        "la collectivité ou l’organisme public qui a installé TicBot dans votre Teams",
        "the local authority or public body that installed TicBot in your Teams");

    public static readonly LocalizedText UnnamedDpo = new(
        "son contact n’est pas encore publié ici : demandez-le au service informatique qui a installé TicBot",
        "their contact is not published here yet: ask the IT department that installed TicBot");

    public static readonly LocalizedText StorageBlob = new(
        "dans le compte de stockage Microsoft Azure (Blob Storage) choisi par le responsable du traitement",
        "in the Microsoft Azure storage account (Blob Storage) chosen by the controller");

    public static readonly LocalizedText StorageFile = new(
        "dans des fichiers, sur le serveur choisi par le responsable du traitement pour faire fonctionner TicBot",
        "in files, on the server chosen by the controller to run TicBot");

    public static readonly LocalizedText StorageMemory = new(
        "dans la mémoire du serveur seulement : cette installation d’essai perd tout à chaque redémarrage",
        "in the server’s memory only: this trial installation loses everything at each restart");

    public static readonly LocalizedText DataLocation = new(" ({0})", " ({0})");

    // TODO(retention): when the Retention: settings exist, state their durations here instead of this default.
    public static readonly LocalizedText RetentionDefault = new(
        "Les données sont gardées jusqu’à ce que le propriétaire du projet le supprime, ou jusqu’à ce que la personne concernée demande leur effacement (« supprimer mes données »).",
        "The data is kept until the project’s owner deletes the project, or until the person concerned asks for its erasure (\"delete my data\").");
}
