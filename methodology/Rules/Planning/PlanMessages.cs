using TicBot.Methodology.Content;

namespace TicBot.Methodology.Rules.Planning;

/// <summary>The plan builder's explanations, in French and English.</summary>
internal static class PlanMessages
{
    public static MethodologyText KeyDatesOrder(KeyDateKind earlier, DateOnly? earlierDate, KeyDateKind later, DateOnly? laterDate) => new(
        $"{Capitalise(KeyDate(later, ContentLanguage.French))} ({Day(laterDate, ContentLanguage.French)}) ne peut pas précéder {KeyDate(earlier, ContentLanguage.French)} ({Day(earlierDate, ContentLanguage.French)}). Corrigez l’une des deux dates.",
        $"{Capitalise(KeyDate(later, ContentLanguage.English))} ({Day(laterDate, ContentLanguage.English)}) cannot come before {KeyDate(earlier, ContentLanguage.English)} ({Day(earlierDate, ContentLanguage.English)}). Correct one of the two dates.");

    public static MethodologyText Late(string taskId, DateOnly end, KeyDateKind kind, DateOnly deadline) => new(
        $"«\u00a0{Title(taskId, ContentLanguage.French)}\u00a0» se termine au plus tôt le {Day(end, ContentLanguage.French)}, trop tard pour {KeyDate(kind, ContentLanguage.French)} ({Day(deadline, ContentLanguage.French)}). Repoussez cette date, raccourcissez les tâches qui précèdent ou démarrez plus tôt.",
        $"\"{Title(taskId, ContentLanguage.English)}\" ends on {Day(end, ContentLanguage.English)} at the earliest, too late for {KeyDate(kind, ContentLanguage.English)} ({Day(deadline, ContentLanguage.English)}). Move that date, shorten the tasks before it or start earlier.");

    public static MethodologyText Cycle() => new(
        "Les dépendances entre tâches forment une boucle\u00a0: aucune tâche de la boucle ne peut commencer. Retirez l’une des dépendances.",
        "The task dependencies form a loop: no task in the loop can start. Remove one of the dependencies.");

    public static MethodologyText UnknownTask(string taskId) => new(
        $"La tâche «\u00a0{taskId}\u00a0» est inconnue ou figure deux fois dans la liste.",
        $"Task \"{taskId}\" is unknown or appears twice in the list.");

    public static MethodologyText InvalidDuration(string taskId) => new(
        $"La durée de «\u00a0{Title(taskId, ContentLanguage.French)}\u00a0» doit être comprise entre 1 et 2\u00a0000 jours ouvrés.",
        $"The duration of \"{Title(taskId, ContentLanguage.English)}\" must be between 1 and 2,000 working days.");

    public static MethodologyText UnknownDependency(string taskId, string dependency) => new(
        $"«\u00a0{Title(taskId, ContentLanguage.French)}\u00a0» dépend d’une tâche absente de la liste\u00a0: «\u00a0{dependency}\u00a0».",
        $"\"{Title(taskId, ContentLanguage.English)}\" depends on a task missing from the list: \"{dependency}\".");

    public static string KeyDate(KeyDateKind kind, ContentLanguage language) => (kind, language) switch
    {
        (KeyDateKind.ProjectStart, ContentLanguage.French) => "le démarrage du projet",
        (KeyDateKind.ConsultationLaunch, ContentLanguage.French) => "le lancement de la consultation",
        (KeyDateKind.PilotStart, ContentLanguage.French) => "le démarrage des sites pilotes",
        (KeyDateKind.GoLive, ContentLanguage.French) => "la mise en service",
        (KeyDateKind.ProjectStart, _) => "the project start",
        (KeyDateKind.ConsultationLaunch, _) => "the launch of the call for tenders",
        (KeyDateKind.PilotStart, _) => "the start of the pilot sites",
        _ => "go-live",
    };

    private static string Title(string taskId, ContentLanguage language) =>
        MethodologyCatalog.Load().For(language).FindItem(taskId)?.Title ?? taskId;

    private static string Day(DateOnly? date, ContentLanguage language) =>
        date is { } d ? DisplayFormat.DateWithWeekday(d, language) : "?";

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
