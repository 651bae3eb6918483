using TicBot.Cards.Actions;
using TicBot.Cards.Factories;
using TicBot.Cards.Model;
using TicBot.Cards.Tests.Support;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using TicBot.Methodology.Rules.Health;

namespace TicBot.Cards.Tests.Factories;

public sealed class CardFactoryTests
{
    private const ContentLanguage Fr = ContentLanguage.French;
    private const ContentLanguage En = ContentLanguage.English;

    [Fact]
    public void MainMenu_EntryNotBuilt_SaysComingSoonInsteadOfAButton()
    {
        var card = MenuCardFactory.MainMenu([MenuEntry.Checklists, MenuEntry.Help], Fr);

        var submits = CardText.OfType(card, "Action.Submit").Select(a => a.GetProperty("data").GetProperty("entry").GetString()).ToList();
        var text = CardText.AllText(card);

        Assert.Equal(["checklists", "help"], submits);
        Assert.Contains("Rappels — bientôt disponible", text, StringComparison.Ordinal);
        Assert.Contains("Planification — bientôt disponible", text, StringComparison.Ordinal);
        Assert.Contains("Reminders — coming soon", CardText.AllText(MenuCardFactory.MainMenu([], En)), StringComparison.Ordinal);
    }

    [Fact]
    public void Welcome_BlankName_GreetsWithoutAName()
    {
        var card = MenuCardFactory.Welcome("  ", MenuCardFactory.Entries.ToArray(), Fr);

        Assert.Equal("Bonjour, je suis TicBot", CardText.Texts(card)[0]);
        Assert.Equal(MenuCardFactory.Entries.Count, CardText.OfType(card, "Action.Submit").Count);
    }

    [Fact]
    public void ProjectSummary_Flags_MostSeriousFirstWithSeverityInWords()
    {
        var card = ProjectSummaryCardFactory.Create(SampleProjects.Summary(Fr), Fr);

        var flagTitles = CardText.Texts(card).Where(t => t.StartsWith("Alerte", StringComparison.Ordinal) || t.StartsWith("Vigilance", StringComparison.Ordinal) || t.StartsWith("Information", StringComparison.Ordinal)).ToList();

        Assert.Equal(["Alerte\u00A0: Usagers non informés", "Vigilance\u00A0: Formation en mode dégradé non prévue", "Vigilance\u00A0: Traitement non inscrit au registre RGPD", "Information\u00A0: Pistes de financement à explorer"], flagTitles);
        Assert.Contains("Action suggérée\u00A0:", CardText.AllText(card), StringComparison.Ordinal);
        Assert.Equal("Alert", ProjectSummaryCardFactory.SeverityLabel(HealthSeverity.Critical, En));
        Assert.Equal("Caution", ProjectSummaryCardFactory.SeverityLabel(HealthSeverity.Warning, En));
    }

    [Fact]
    public void ProjectSummary_TooManyFlags_ShowsTheMostSeriousAndCountsTheRest()
    {
        var flags = Enumerable.Range(0, 11).Select(i => new HealthFlagView(i == 10 ? HealthSeverity.Critical : HealthSeverity.Info, $"Point {i}", "Détail", "Agir")).ToList();

        var card = ProjectSummaryCardFactory.Create(new ProjectSummaryView("P", null, [], flags), Fr);
        var text = CardText.AllText(card);

        Assert.Contains("Alerte\u00A0: Point 10", text, StringComparison.Ordinal);
        Assert.Contains("Et 3\u00A0autres points de moindre importance.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ScenarioComparison_Recommended_IsMarkedInWordsAndBalancesSayTheirSign()
    {
        var card = ScenarioComparisonCardFactory.Create(SampleProjects.Comparison(Fr), Fr);
        var text = CardText.AllText(card);

        Assert.Contains("Nouveau portail famille mutualisé (recommandé)", text, StringComparison.Ordinal);
        Assert.Contains("(positif)", text, StringComparison.Ordinal);
        Assert.Contains("(négatif)", text, StringComparison.Ordinal);
        Assert.Single(CardText.OfType(card, "Table"));
    }

    [Fact]
    public void ScenarioComparison_IncompleteStudy_SaysWhatIsMissing()
    {
        var card = ScenarioComparisonCardFactory.Create(SampleProjects.LargestComparison(En), En);
        var text = CardText.AllText(card);

        Assert.Contains("to be completed", text, StringComparison.Ordinal);
        Assert.Contains("not assessed", text, StringComparison.Ordinal);
        Assert.Equal(10, CardText.OfType(card, "TableRow").Count);
        Assert.Equal(6, CardText.OfType(card, "TableColumnDefinition").Count);
    }

    [Fact]
    public void ScenarioComparison_SixScenarios_SplitsIntoTwoTables()
    {
        var comparison = SampleProjects.Comparison(Fr, 5);
        comparison = comparison with { Scenarios = [.. comparison.Scenarios, comparison.Scenarios[0] with { Id = "scenario-6", Name = "Sixième" }] };

        var card = ScenarioComparisonCardFactory.Create(comparison, Fr);

        Assert.Equal(2, CardText.OfType(card, "Table").Count);
    }

    [Fact]
    public void ScenarioComparison_HugeProsAndCons_StaysValidAndSaysTheDetailsDoNotFit()
    {
        var text = string.Concat(Enumerable.Repeat("Un avantage décrit très longuement par l’équipe projet. ", 20));
        var comparison = SampleProjects.Comparison(Fr, 5);
        comparison = comparison with { Scenarios = [.. comparison.Scenarios.Select(s => s with { Advantages = [.. Enumerable.Repeat(text, 12)], Drawbacks = [.. Enumerable.Repeat(text, 12)] })] };

        var card = ScenarioComparisonCardFactory.Create(comparison, Fr);

        Assert.Empty(TicBot.Cards.Validation.CardValidator.Validate(card));
        Assert.Contains("trop longs pour tenir dans cette carte", CardText.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_LateTasks_AreFlaggedInWords()
    {
        var plan = SampleProjects.Plan(Fr);
        var card = PlanCardFactory.Create(plan, 0, Fr);
        var late = plan.Phases.SelectMany(p => p.Tasks).Count(t => !t.Done && t.Due < plan.Today);

        var runs = CardText.OfType(card, "TextRun").Select(r => r.GetProperty("text").GetString()).ToList();

        Assert.Equal(late, runs.Count(r => r == " — en retard"));
        Assert.True(late > 0);
    }

    [Fact]
    public void Plan_SixtyTasks_PagesKeepEveryTaskOnceAndRepeatThePhaseHeading()
    {
        var plan = SampleProjects.LargestPlan(Fr);
        var pages = PlanCardFactory.PageCount(plan, Fr);

        var cards = Enumerable.Range(0, pages).Select(p => PlanCardFactory.Create(plan, p, Fr)).ToList();
        var tasks = cards.Sum(c => CardText.OfType(c, "RichTextBlock").Count(r => !r.GetProperty("inlines")[0].GetProperty("text").GetString()!.StartsWith("Complément", StringComparison.Ordinal)));

        Assert.Equal(3, pages);
        Assert.Equal(60, tasks);
        Assert.All(cards.Skip(1), c => Assert.Contains(plan.Phases.Select(p => p.Title), title => CardText.Texts(c).Contains(title)));
        Assert.Equal(new PlanShowData(1), ((SubmitAction)cards[0].Actions![0]).Data);
    }

    [Fact]
    public void Reminder_Buttons_AreExecuteWithSubmitFallbackCarryingTheReminderId()
    {
        var card = ReminderCardFactory.Create(SampleProjects.Reminder(Fr), Fr);

        var actions = card.Actions!.Cast<ExecuteAction>().ToList();

        Assert.Equal(["Fait", "Reporter d’une semaine", "Ne plus me rappeler"], actions.Select(a => a.Title));
        Assert.Equal([CardActionNames.ReminderDone, CardActionNames.ReminderSnooze, CardActionNames.ReminderStop], actions.Select(a => a.Verb));
        Assert.All(actions, a => Assert.Equal(a.Data, Assert.IsType<SubmitAction>(a.Fallback).Data));
        Assert.Equal(new ReminderStopData("rem-7f3a"), actions[2].Data);
        Assert.Equal("1.5", card.Version);
    }

    [Fact]
    public void Reminder_PastDue_SaysOverdue()
    {
        var reminder = SampleProjects.Reminder(Fr) with { Due = SampleProjects.Today.AddDays(-1) };

        Assert.Contains("14\u00A0mars\u00A02027 (dépassée)", CardText.AllText(ReminderCardFactory.Create(reminder, Fr)), StringComparison.Ordinal);
    }

    [Fact]
    public void ReminderOutcome_SnoozedWithoutDate_Throws()
    {
        Assert.Throws<ArgumentException>(() => ReminderCardFactory.Outcome(SampleProjects.Reminder(Fr), ReminderOutcome.Snoozed, null, Fr));
    }

    [Fact]
    public void FormError_NoErrors_Throws()
    {
        Assert.Throws<ArgumentException>(() => FormErrorCardFactory.Create("Formulaire", [], Fr));
    }

    [Fact]
    public void FormError_Fields_AreListedWithTheirMessage()
    {
        var card = FormErrorCardFactory.Create("Description du scénario", SampleProjects.FieldErrors(Fr), Fr);
        var text = CardText.AllText(card);

        Assert.Contains("2 informations sont à corriger", text, StringComparison.Ordinal);
        Assert.Contains("Coût d’investissement\u00A0:", text, StringComparison.Ordinal);
        Assert.Contains("saisissez un montant en euros", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Milestones_States_AreWords()
    {
        var card = MilestonesCardFactory.Create(SampleProjects.Milestones(Fr), Fr);
        var text = CardText.AllText(card);

        Assert.Contains("fait", CardText.Texts(card));
        Assert.Contains("à planifier", CardText.Texts(card));
        Assert.Contains("en retard (prévu le", text, StringComparison.Ordinal);
    }
}
