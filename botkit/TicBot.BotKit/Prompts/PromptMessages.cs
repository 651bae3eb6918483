using TicBot.BotKit.Localization;

namespace TicBot.BotKit.Prompts;

/// <summary>The prompts' own sentences, French first.</summary>
public static class PromptMessages
{
    public static readonly LocalizedText GiveUp = new(
        "Je n’ai toujours pas compris votre réponse ; nous laissons cette question de côté pour le moment.",
        "I still could not understand your answer; let us leave this question aside for now.");

    public static readonly LocalizedText DefaultHelp = new(
        "Répondez simplement à la question ci-dessous. Vous pouvez aussi écrire « annuler » pour abandonner ou « menu » pour revenir au menu principal.",
        "Just answer the question below. You can also type \"cancel\" to stop or \"menu\" to go back to the main menu.");

    public static readonly LocalizedText TextTooShort = new("Votre réponse doit compter au moins {0} caractères.", "Your answer must be at least {0} characters long.");

    public static readonly LocalizedText TextTooLong = new("Votre réponse ne doit pas dépasser {0} caractères.", "Your answer must not exceed {0} characters.");

    public static readonly LocalizedText NotANumber = new(
        "Je n’ai pas reconnu de nombre. Écrivez-le par exemple 1 200, 1 200,50 ou 15 k€.",
        "I did not recognise a number. Write it for instance as 1,200, 1,200.50 or 15k.");

    public static readonly LocalizedText NumberNegative = new("Le nombre ne peut pas être négatif.", "The number cannot be negative.");

    public static readonly LocalizedText NumberNotInteger = new("Indiquez un nombre entier.", "Please give a whole number.");

    public static readonly LocalizedText NumberTooSmall = new("Le nombre doit être au moins égal à {0}.", "The number must be at least {0}.");

    public static readonly LocalizedText NumberTooLarge = new("Le nombre ne doit pas dépasser {0}.", "The number must not exceed {0}.");

    public static readonly LocalizedText NotADate = new(
        "Je n’ai pas reconnu de date existante. Écrivez-la par exemple 15/03/2027, 15 mars 2027 ou « dans 3 mois ».",
        "I did not recognise an existing date. Write it for instance as 15/03/2027, 15 March 2027 or \"in 3 months\".");

    public static readonly LocalizedText DateTooEarly = new("La date doit être au plus tôt le {0}.", "The date must be on or after {0}.");

    public static readonly LocalizedText DateTooLate = new("La date doit être au plus tard le {0}.", "The date must be on or before {0}.");

    public static readonly LocalizedText DateNeedsDay = new("Précisez le jour, par exemple 15 mars 2027.", "Please give the day too, for instance 15 March 2027.");

    public static readonly LocalizedText NotAYesNo = new("Répondez par oui ou par non.", "Please answer yes or no.");

    public static readonly LocalizedText NotAChoice = new("Je n’ai pas reconnu votre choix. Répondez par le numéro ou le titre d’une option.", "I did not recognise your choice. Answer with the number or the title of an option.");

    public static readonly LocalizedText AmbiguousChoice = new("Votre réponse correspond à plusieurs options : {0}. Laquelle choisissez-vous ?", "Your answer fits several options: {0}. Which one do you mean?");

    public static readonly LocalizedText StaleQuestion = new(
        "Ce bouton répond à une question précédente ou posée à une autre personne : il n’a rien changé.",
        "This button answers an earlier question, or one asked to someone else: it changed nothing.");

    public static readonly LocalizedText Yes = new("Oui", "Yes");

    public static readonly LocalizedText No = new("Non", "No");

    public static readonly LocalizedText Or = new(" ou ", " or ");

    public static readonly LocalizedText FillTheForm = new(
        "Remplissez le formulaire ci-dessus puis validez-le avec son bouton.",
        "Please fill in the form above, then submit it with its button.");

    public static readonly LocalizedText FormHasErrors = new(
        "Certains champs sont à corriger ; les erreurs sont indiquées dans le formulaire.",
        "Some fields need correcting; the errors are shown in the form.");

    public static readonly LocalizedText FormReceived = new("Formulaire reçu, merci.", "Form received, thank you.");
}
