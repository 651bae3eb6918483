using Microsoft.Extensions.Time.Testing;
using TicBot.Cards.Actions;
using TicBot.Cards.Factories;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Health;
using TicBot.Methodology.Rules.SiAdvice;
using TicBot.Methodology.Rules.Study;

namespace TicBot.Cards.Tests.Support;

/// <summary>The cards the tests look at: a named sample of each card, and every card the factories can build.</summary>
internal static class CardCases
{
    public static readonly ContentLanguage[] Languages = [ContentLanguage.French, ContentLanguage.English];

    private static readonly MenuEntry[] Built = [MenuEntry.Needs, MenuEntry.Scenarios, MenuEntry.Checklists, MenuEntry.Summary, MenuEntry.Help];

    /// <summary>One typical card per factory (and per notable variant), named for its snapshot.</summary>
    public static IEnumerable<(string Name, Func<ContentLanguage, AdaptiveCard> Build)> Samples()
    {
        yield return ("welcome", l => MenuCardFactory.Welcome("Camille Martin", Built, l));
        yield return ("main-menu", l => MenuCardFactory.MainMenu(Built, l));
        yield return ("help", l => HelpCardFactory.Create(l));
        yield return ("help-with-entries", l => HelpCardFactory.Create(l, Built));
        yield return ("reminder-addition", l => ReminderCardFactory.Create(SampleProjects.AdditionReminder(l), l));
        yield return ("checklist-keysteps", l => ChecklistCardFactory.Create(SampleProjects.Checklist(ChecklistIds.KeySteps, l), 0, l));
        yield return ("checklist-security-page2-saved", l => ChecklistCardFactory.Create(SampleProjects.Checklist(ChecklistIds.Security, l), 1, l, saved: true, refreshUserIds: ["29:1a2b3c"]));
        yield return ("checklist-index", l => ChecklistIndexCardFactory.Create(SampleProjects.Summary(l).Checklists, l));
        yield return ("project-summary", l => ProjectSummaryCardFactory.Create(SampleProjects.Summary(l), l));
        yield return ("scenario-comparison", l => ScenarioComparisonCardFactory.Create(SampleProjects.Comparison(l), l));
        yield return ("decision-record", l => DecisionRecordCardFactory.Create(SampleProjects.Decision(l), l));
        yield return ("plan", l => PlanCardFactory.Create(SampleProjects.Plan(l), 0, l));
        yield return ("communication-milestones", l => MilestonesCardFactory.Create(SampleProjects.Milestones(l), l));
        yield return ("expectations", l => ExpectationsCardFactory.Create(SampleProjects.Expectations(l), 0, l));
        yield return ("reminder", l => ReminderCardFactory.Create(SampleProjects.Reminder(l), l));
        yield return ("reminder-snoozed", l => ReminderCardFactory.Outcome(SampleProjects.Reminder(l), ReminderOutcome.Snoozed, SampleProjects.Today.AddDays(7), l));
        yield return ("si-advice", l => SiAdviceCardFactory.Create(SiAdvisor.Advise(new SiAnswers(SiOpenness.Open, false, true, BudgetLevel.Limited, TimeHorizon.UnderOneYear)), SampleProjects.Content(l)));
        yield return ("form-error", l => FormErrorCardFactory.Create("Description du scénario", SampleProjects.FieldErrors(l), l));
        yield return ("projects-list", l => ProjectListCardFactory.Create(SampleProjects.ProjectList(archived: false), 0, l));
        yield return ("projects-archived", l => ProjectListCardFactory.Create(SampleProjects.ProjectList(archived: true), 0, l));
        yield return ("project-manage-owner", l => ProjectManageCardFactory.Create(new ProjectManageView("Portail famille", "Camille Martin", false, CanEdit: true, IsOwner: true, HasOtherMembers: true), l));
        yield return ("project-manage-reader", l => ProjectManageCardFactory.Create(new ProjectManageView("Portail famille", "Camille Martin", true, CanEdit: false, IsOwner: false, HasOtherMembers: true), l));
        yield return ("question-text", l => QuestionCardFactory.Create(l == ContentLanguage.English ? "What is the project called?" : "Quel est le nom de votre projet ?", QuestionInput.Text, l, 80));
        yield return ("question-yes-no", l => QuestionCardFactory.Create(l == ContentLanguage.English ? "Delete the project?" : "Supprimer le projet ?", QuestionInput.YesNo, l));
        yield return ("question-date", l => QuestionCardFactory.Create(l == ContentLanguage.English ? "When does it start?" : "Quand commence-t-il ?", QuestionInput.Date, l));
        yield return ("question-number", l => QuestionCardFactory.Create(l == ContentLanguage.English ? "How many agents?" : "Combien d’agents ?", QuestionInput.Number, l));
        yield return ("choice", l => ChoiceCardFactory.Create(
            l == ContentLanguage.English ? "What kind of public body runs the project?" : "Quel type de structure porte le projet ?",
            l == ContentLanguage.English
                ? ["Municipality", "Inter-municipal body", "Département", "Region", "Public body", "Other", "Not sure yet"]
                : ["Commune", "Intercommunalité", "Département", "Région", "Établissement public", "Autre", "Je ne sais pas encore"],
            l));
    }

    /// <summary>Every card the factories can build from the methodology and the largest realistic project.</summary>
    public static IEnumerable<(string Name, AdaptiveCard Card)> Everything()
    {
        foreach (var language in Languages)
        {
            foreach (var (name, build) in Samples())
            {
                yield return ($"{name}.{language}", build(language));
            }

            foreach (var card in AllChecklistPages(language))
            {
                yield return card;
            }

            yield return ($"welcome-everything-built.{language}", MenuCardFactory.Welcome(null, MenuCardFactory.Entries.ToArray(), language));
            yield return ($"menu-nothing-built.{language}", MenuCardFactory.MainMenu([], language));
            yield return ($"checklist-index-empty.{language}", ChecklistIndexCardFactory.Create([], language));
            yield return ($"summary-empty.{language}", ProjectSummaryCardFactory.Create(new ProjectSummaryView("Projet", null, [], []), language));
            yield return ($"comparison-none.{language}", ScenarioComparisonCardFactory.Create(new ScenarioComparisonView("Projet", [], []), language));
            yield return ($"comparison-largest.{language}", ScenarioComparisonCardFactory.Create(SampleProjects.LargestComparison(language), language));
            var plan = SampleProjects.LargestPlan(language);
            for (var page = 0; page < PlanCardFactory.PageCount(plan, language); page++)
            {
                yield return ($"plan-largest-p{page}.{language}", PlanCardFactory.Create(plan, page, language));
            }

            yield return ($"plan-empty.{language}", PlanCardFactory.Create(new PlanView("Projet", SampleProjects.Today, []), 0, language));
            foreach (var card in FromLargestProject(language))
            {
                yield return card;
            }

            foreach (var openness in Enum.GetValues<SiOpenness>())
            {
                var advice = SiAdvisor.Advise(new SiAnswers(openness, openness == SiOpenness.Closed, openness != SiOpenness.Closed, BudgetLevel.Ample, TimeHorizon.MoreThanTwoYears));
                yield return ($"si-advice-{openness}.{language}", SiAdviceCardFactory.Create(advice, SampleProjects.Content(language)));
            }

            yield return ($"reminder-done.{language}", ReminderCardFactory.Outcome(SampleProjects.Reminder(language), ReminderOutcome.Done, null, language));
            yield return ($"reminder-stopped.{language}", ReminderCardFactory.Outcome(SampleProjects.Reminder(language), ReminderOutcome.Stopped, null, language));
        }
    }

    /// <summary>Every card built from the largest realistic project through <see cref="ProjectViews"/>.</summary>
    private static IEnumerable<(string Name, AdaptiveCard Card)> FromLargestProject(ContentLanguage language)
    {
        var project = LargestProject.Build();
        var content = SampleProjects.Content(language);
        var today = SampleProjects.Today;
        var comparison = ScenarioStudy.Compare(project);
        foreach (var checklist in content.Checklists)
        {
            var view = ProjectViews.Checklist(project, checklist.Id, content);
            for (var page = 0; page < ChecklistCardFactory.PageCount(view, language); page++)
            {
                yield return ($"largest-{checklist.Id}-p{page}.{language}", ChecklistCardFactory.Create(view, page, language, saved: true, refreshUserIds: ["29:lead"]));
            }
        }

        yield return ($"largest-summary.{language}", ProjectSummaryCardFactory.Create(ProjectViews.Summary(project, content, ProjectHealth.Assess(project, new FakeTimeProvider(LargestProject.Now))), language));
        yield return ($"largest-summary-many-flags.{language}", ProjectSummaryCardFactory.Create(ProjectViews.Summary(project, content, ManyFlags(language)), language));
        var bare = Project.Create("p-bare", "Projet sans rien", new CollectiviteProfile(), new Actor("u", "U"), LargestProject.Now.AddMonths(-14));
        yield return ($"bare-summary.{language}", ProjectSummaryCardFactory.Create(ProjectViews.Summary(bare, content, ProjectHealth.Assess(bare, new FakeTimeProvider(LargestProject.Now))), language));
        yield return ($"largest-checklist-index.{language}", ChecklistIndexCardFactory.Create(ProjectViews.Summary(project, content).Checklists, language));
        yield return ($"largest-comparison.{language}", ScenarioComparisonCardFactory.Create(ProjectViews.Comparison(project, comparison, language), language));
        yield return ($"largest-decision.{language}", DecisionRecordCardFactory.Create(ProjectViews.Decision(project, comparison)!, language));
        yield return ($"largest-plan.{language}", PlanCardFactory.Create(ProjectViews.Plan(project, content, today), 0, language));
        yield return ($"largest-milestones.{language}", MilestonesCardFactory.Create(ProjectViews.Milestones(project, content, today), language));
        foreach (var milestone in project.Milestones)
        {
            yield return ($"largest-reminder-{milestone.Id}.{language}", ReminderCardFactory.Create(ProjectViews.Reminder("rem-" + milestone.Id, project, milestone, content, today), language));
        }

        var expectations = ProjectViews.Expectations(project, language);
        for (var page = 0; page < ExpectationsCardFactory.PageCount(expectations, language); page++)
        {
            yield return ($"largest-expectations-p{page}.{language}", ExpectationsCardFactory.Create(expectations, page, language));
        }
    }

    /// <summary>More flags than the summary shows, with long texts.</summary>
    private static IReadOnlyList<HealthFlagView> ManyFlags(ContentLanguage language)
        => [.. Enumerable.Range(0, 12).SelectMany(_ => SampleProjects.Summary(language).Flags).Take(12)];

    private static IEnumerable<(string Name, AdaptiveCard Card)> AllChecklistPages(ContentLanguage language)
    {
        foreach (var checklist in SampleProjects.Content(language).Checklists)
        {
            foreach (var ticked in new[] { new HashSet<string>(), checklist.Items.Select(i => i.Id).ToHashSet() })
            {
                var view = ChecklistView.From(checklist, ticked);
                for (var page = 0; page < ChecklistCardFactory.PageCount(view, language); page++)
                {
                    yield return ($"{checklist.Id}-{ticked.Count}-p{page}.{language}", ChecklistCardFactory.Create(view, page, language));
                }
            }
        }
    }
}
