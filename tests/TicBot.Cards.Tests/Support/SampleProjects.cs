using TicBot.Cards.Actions;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using TicBot.Methodology.Rules.Health;

namespace TicBot.Cards.Tests.Support;

/// <summary>Realistic project data for the card tests: a typical project and the largest one expected.</summary>
internal static partial class SampleProjects
{
    public static readonly DateOnly Today = new(2027, 3, 15);

    public static MethodologyContent Content(ContentLanguage language) => MethodologyCatalog.Load().For(language);

    private static string T(ContentLanguage language, string french, string english)
        => language == ContentLanguage.English ? english : french;

    public static string ProjectName(ContentLanguage language)
        => T(language, "Portail famille de la communauté de communes", "Family portal of the community of communes");

    /// <summary>A checklist with every other item ticked.</summary>
    public static ChecklistView Checklist(string checklistId, ContentLanguage language)
    {
        var checklist = Content(language).GetChecklist(checklistId);
        var ticked = checklist.Items.Where((_, index) => index % 2 == 0).Select(i => i.Id).ToHashSet();
        return ChecklistView.From(checklist, ticked);
    }

    public static ProjectSummaryView Summary(ContentLanguage language)
    {
        var content = Content(language);
        var progress = content.Checklists
            .Select((c, index) =>
            {
                var seed = c.Items.Count(i => !i.IsAddition);
                var added = c.Items.Count - seed;
                return new ChecklistProgressView(c.Id, c.Title, Math.Min(index * 2, seed), seed, Math.Min(index, added), added);
            })
            .ToList();
        return new ProjectSummaryView(ProjectName(language), content.Label(TicBot.Methodology.Projects.ProjectPhase.Study), progress,
        [
            new HealthFlagView(HealthSeverity.Warning,
                T(language, "Formation en mode dégradé non prévue", "No training for degraded mode"),
                T(language, "Le CCTP ne prévoit pas de formation au fonctionnement en mode dégradé.", "The specifications plan no training for degraded operation."),
                T(language, "Ajoutez cette formation au CCTP.", "Add this training to the specifications."),
                new ChecklistShowData(ChecklistIds.Training, 0),
                T(language, "Voir la liste « Formation »", "See the Training checklist")),
            new HealthFlagView(HealthSeverity.Critical,
                T(language, "Usagers non informés", "The public is not informed"),
                T(language, "La consultation pour l’équipement est lancée et les usagers n’en ont pas été avisés.", "The tender for the equipment is launched and the public has not been told."),
                T(language, "Informez les usagers par le journal intercommunal.", "Inform the public through the community newsletter."),
                new ChecklistShowData(ChecklistIds.Communication, 0),
                T(language, "Voir la liste « Communication »", "See the Communication checklist")),
            new HealthFlagView(HealthSeverity.Info,
                T(language, "Pistes de financement à explorer", "Funding leads to explore"),
                T(language, "Aucun financement n’est encore recherché.", "No funding has been sought yet."),
                T(language, "Recherchez les possibilités de financement que cite la méthode : POE, DRAC…", "Look for the funding opportunities the method names: POE, DRAC…"),
                AdditionNote: T(language, "Autres pistes : DETR, DSIL, FEDER.", "Other leads: DETR, DSIL, ERDF.")),
            new HealthFlagView(HealthSeverity.Warning,
                T(language, "Traitement non inscrit au registre RGPD", "Processing not recorded in the GDPR register"),
                T(language, "Tout traitement de données personnelles figure au registre tenu par la collectivité.", "Every processing of personal data appears in the register kept by the authority."),
                T(language, "Inscrivez le traitement au registre avec votre délégué à la protection des données.", "Record the processing in the register with your data protection officer."),
                new ChecklistShowData(ChecklistIds.Security, 0),
                T(language, "Voir la liste « Sécurité »", "See the Security checklist"),
                IsAddition: true),
        ]);
    }

    public static ScenarioComparisonView Comparison(ContentLanguage language, int count = 3)
    {
        var scenarios = Enumerable.Range(0, count).Select(i => Scenario(i, language)).ToList();
        return new ScenarioComparisonView(ProjectName(language), scenarios,
        [
            T(language, "Couverture des attentes : 64 %, pondérée par le rang", "Coverage of the expectations: 64%, weighted by rank"),
            T(language, "Solde des avantages et des inconvénients, étude financière comprise : +6 (positif) — le meilleur", "Balance of advantages and drawbacks, financial study included: +6 (positive) — the best"),
        ]);
    }

    private static ScenarioView Scenario(int index, ContentLanguage language)
    {
        string[] names = language == ContentLanguage.English
            ? ["Keep the current software and add interfaces", "New shared family portal", "Regional pooled platform", "Outsourced service", "Status quo with paper forms"]
            : ["Conserver le logiciel actuel et ajouter des interfaces", "Nouveau portail famille mutualisé", "Plateforme régionale mutualisée", "Service externalisé", "Statu quo avec formulaires papier"];
        var total = 48_000m + (index * 21_350.5m);
        var obtained = index == 1 ? 30_000m : 8_000m * index;
        var requested = index == 2 ? 12_000m : 0m;
        var net = total - obtained;
        var gains = 52_000m + (index * 9_000m);
        ScenarioFinanceView? finance = index == 4 ? null : new(5, total, obtained, requested, net, gains - net, gains > net ? 2 + (index % 2) : null);
        return new ScenarioView($"scenario-{index + 1}", names[index], finance, index == 3 ? null : 0.55m + (index * 0.085m),
            [
                T(language, "Conservation de l’application métier et des habitudes des agents (poids 4/5)", "The business application and the staff’s habits are kept (weight 4/5)"),
                T(language, "Mise en service rapide, sans reprise de données lourde (poids 3/5)", "Quick start, without heavy data migration (weight 3/5)"),
                T(language, "Coût de formation limité pour les agents d’accueil (poids 2/5)", "Limited training cost for front-desk staff (weight 2/5)"),
            ],
            [
                T(language, "Interface non temps réel : décalage entre le portail et le logiciel (poids 3/5)", "Interface not in real time: the portal lags behind the software (weight 3/5)"),
                T(language, "Dépendance envers l’éditeur actuel pour chaque évolution (poids 2/5)", "Dependence on the current vendor for every change (weight 2/5)"),
            ],
            index == 1,
            index == 4 ? null : index == 1 ? 6 : 4 - index);
    }

    public static DecisionRecordView Decision(ContentLanguage language)
        => new(ProjectName(language), Scenario(1, language).Name, new DateOnly(2027, 2, 1),
            T(language, "Conseil communautaire", "Community council"),
            T(language, "Solde positif, meilleure couverture des besoins des familles et financement DETR obtenu.", "Positive balance, best coverage of the families' needs and DETR funding obtained."),
            Scenario(1, language).Finance,
            [Scenario(0, language).Name, Scenario(2, language).Name],
            Scenario(1, language).Balance);

    public static ReminderView Reminder(ContentLanguage language)
    {
        var action = Content(language).FindCommunicationAction("comm.usagers-consultation")!;
        return new ReminderView("rem-7f3a", ProjectName(language), action.Title, action.Why, Today.AddDays(2), Today, action.IsAddition, action.AdditionNote);
    }

    /// <summary>A reminder of an action TicBot adds to the seed: briefing the élus before an announcement.</summary>
    public static ReminderView AdditionReminder(ContentLanguage language)
    {
        var action = Content(language).FindCommunicationAction("comm.elus-briefing")!;
        return new ReminderView("rem-8e4b", ProjectName(language), action.Title, action.Why, Today.AddDays(5), Today, action.IsAddition, action.AdditionNote);
    }

    public static ExpectationsView Expectations(ContentLanguage language) => new(ProjectName(language),
    [
        new("exp-1", 1, T(language, "Inscrire les enfants à la cantine en ligne", "Enrol children for school meals online"), T(language, "Enquête de terrain", "Field survey")),
        new("exp-2", 2, T(language, "Payer les factures en ligne", "Pay bills online"), T(language, "Formulaire à l’accueil", "Front-desk form")),
        new("exp-3", 3, T(language, "Être prévenu par courriel des changements d’horaires", "Be told by email when opening hours change"), T(language, "Réunion", "Meeting")),
    ]);

    public static IReadOnlyList<FieldErrorView> FieldErrors(ContentLanguage language) =>
    [
        new(T(language, "Coût d’investissement", "Investment cost"), T(language, "saisissez un montant en euros, par exemple 12 500.", "enter an amount in euros, for example 12,500.")),
        new(T(language, "Date de mise en service", "Go-live date"), T(language, "saisissez une date après le 15 mars 2027.", "enter a date after 15 March 2027.")),
    ];

    /// <summary>A town hall's projects, as "mes projets" lists them (the first is the member's current one).</summary>
    public static ProjectListView ProjectList(bool archived) => new(
        archived
            ? [new ProjectListItemView("p3", "Prise de rendez-vous en ligne (2024)", "En exploitation", 40, 52, Today.AddMonths(-8), "Karim Benali", false, true)]
            :
            [
                new ProjectListItemView("p1", "Portail famille", "Dossier de choix (étude préalable)", 21, 52, Today, "Camille Martin", true, false),
                new ProjectListItemView("p2", "Dématérialisation de l’état civil", "Recueil des attentes", 3, 52, Today.AddDays(-12), "Karim Benali", false, false),
            ],
        archived,
        archived ? 2 : 1);
}
