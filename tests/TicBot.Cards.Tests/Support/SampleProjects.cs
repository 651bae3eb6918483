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
            .Select((c, index) => new ChecklistProgressView(c.Id, c.Title, Math.Min(index * 2, c.Items.Count), c.Items.Count))
            .ToList();
        return new ProjectSummaryView(ProjectName(language), T(language, "Dossier de choix", "Choice of scenario"), progress,
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
                T(language, "Consultez les pistes DETR et DSIL.", "Look at the DETR and DSIL leads.")),
        ]);
    }

    public static ScenarioComparisonView Comparison(ContentLanguage language, int count = 3)
    {
        var scenarios = Enumerable.Range(0, count).Select(i => Scenario(i, language)).ToList();
        return new ScenarioComparisonView(ProjectName(language), scenarios,
        [
            T(language, "Solde financier sur 5 ans positif, le meilleur des scénarios étudiés", "Positive 5-year financial balance, the best of the scenarios studied"),
            T(language, "Couverture des attentes : 64 %, pondérée par le rang", "Coverage of the expectations: 64%, weighted by rank"),
        ]);
    }

    private static ScenarioView Scenario(int index, ContentLanguage language)
    {
        string[] names = language == ContentLanguage.English
            ? ["Keep the current software and add interfaces", "New shared family portal", "Regional pooled platform", "Outsourced service", "Status quo with paper forms"]
            : ["Conserver le logiciel actuel et ajouter des interfaces", "Nouveau portail famille mutualisé", "Plateforme régionale mutualisée", "Service externalisé", "Statu quo avec formulaires papier"];
        var total = 48_000m + (index * 21_350.5m);
        var funding = index == 1 ? 30_000m : 8_000m * index;
        var net = total - funding;
        var gains = 52_000m + (index * 9_000m);
        ScenarioFinanceView? finance = index == 4 ? null : new(5, total, funding, net, gains - net, gains > net ? 2 + (index % 2) : null);
        return new ScenarioView($"scenario-{index + 1}", names[index], finance, index == 3 ? null : 0.55m + (index * 0.085m),
            [
                T(language, "Conservation de l’application métier et des habitudes des agents", "The business application and the staff's habits are kept"),
                T(language, "Mise en service rapide, sans reprise de données lourde", "Quick start, without heavy data migration"),
                T(language, "Coût de formation limité pour les agents d’accueil", "Limited training cost for front-desk staff"),
            ],
            [
                T(language, "Interface non temps réel : décalage entre le portail et le logiciel", "Interface not in real time: the portal lags behind the software"),
                T(language, "Dépendance envers l’éditeur actuel pour chaque évolution", "Dependence on the current vendor for every change"),
            ],
            index == 1);
    }

    public static DecisionRecordView Decision(ContentLanguage language)
        => new(ProjectName(language), Scenario(1, language).Name, new DateOnly(2027, 2, 1),
            T(language, "Conseil communautaire", "Community council"),
            T(language, "Solde positif, meilleure couverture des besoins des familles et financement DETR obtenu.", "Positive balance, best coverage of the families' needs and DETR funding obtained."),
            Scenario(1, language).Finance,
            [Scenario(0, language).Name, Scenario(2, language).Name]);

    public static ReminderView Reminder(ContentLanguage language)
    {
        var action = Content(language).FindCommunicationAction("comm.usagers-consultation")!;
        return new ReminderView("rem-7f3a", ProjectName(language), action.Title, action.Why, Today.AddDays(2), Today);
    }

    public static ExpectationsView Expectations(ContentLanguage language) => new(ProjectName(language),
    [
        new("exp-1", 1, T(language, "Inscrire les enfants à la cantine en ligne", "Enrol children for school meals online"), T(language, "enquête de terrain", "field survey")),
        new("exp-2", 2, T(language, "Payer les factures en ligne", "Pay bills online"), T(language, "formulaire à l’accueil", "front-desk form")),
        new("exp-3", 3, T(language, "Être prévenu par courriel des changements d’horaires", "Be told by email when opening hours change"), T(language, "réunion", "meeting")),
    ]);

    public static IReadOnlyList<FieldErrorView> FieldErrors(ContentLanguage language) =>
    [
        new(T(language, "Coût d’investissement", "Investment cost"), T(language, "saisissez un montant en euros, par exemple 12 500.", "enter an amount in euros, for example 12,500.")),
        new(T(language, "Date de mise en service", "Go-live date"), T(language, "saisissez une date après le 15 mars 2027.", "enter a date after 15 March 2027.")),
    ];
}
