using TicBot.Cards.Factories;
using TicBot.Cards.Model;
using TicBot.Cards.Tests.Support;
using TicBot.Cards.Validation;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Study;

namespace TicBot.Cards.Tests.Validation;

/// <summary>User texts at the lengths the project model accepts still give valid cards within 25 KB.</summary>
public sealed class WorstCaseCardsTests
{
    private static readonly Actor Lead = new("29:lead", "Camille Martin");

    private static string Long(string seed) => string.Concat(Enumerable.Repeat(seed + " « éèà » ", 2000))[..Project.MaxTextLength];

    private static Project Build()
    {
        var project = Project.Create("p", Long("Nom de projet"), new CollectiviteProfile(), Lead, LargestProject.Now);
        for (var i = 0; i < Project.MaxItemsPerList; i++)
        {
            project.AddExpectation(Long($"Attente {i}"), ExpectationSource.Meeting, Lead, LargestProject.Now);
        }

        for (var s = 0; s < 5; s++)
        {
            project.SaveScenario(new Scenario
            {
                Name = Long($"Scénario {s}"),
                Advantages = [.. Enumerable.Range(0, 10).Select(i => new WeightedPoint(Long($"Avantage {i}"), 3))],
                Drawbacks = [.. Enumerable.Range(0, 10).Select(i => new WeightedPoint(Long($"Inconvénient {i}"), 2))],
            }, Lead, LargestProject.Now);
        }

        project.ValidateScenario(project.Scenarios[0].Id, Long("Motif"), Lead, LargestProject.Now);
        return project;
    }

    [Theory]
    [InlineData(ContentLanguage.French)]
    [InlineData(ContentLanguage.English)]
    public void Create_MaximalUserTexts_EveryCardIsValid(ContentLanguage language)
    {
        var project = Build();
        var content = SampleProjects.Content(language);
        var comparison = ScenarioStudy.Compare(project);
        var expectations = ProjectViews.Expectations(project, language);
        List<AdaptiveCard> cards =
        [
            ScenarioComparisonCardFactory.Create(ProjectViews.Comparison(project, comparison, language), language),
            DecisionRecordCardFactory.Create(ProjectViews.Decision(project, comparison)!, language),
            ProjectSummaryCardFactory.Create(ProjectViews.Summary(project, content), language),
            PlanCardFactory.Create(ProjectViews.Plan(project, content, SampleProjects.Today), 0, language),
            MilestonesCardFactory.Create(ProjectViews.Milestones(project, content, SampleProjects.Today), language),
            MenuCardFactory.Welcome(Long("Nom"), [], language),
            .. Enumerable.Range(0, ExpectationsCardFactory.PageCount(expectations, language)).Select(p => ExpectationsCardFactory.Create(expectations, p, language)),
        ];

        Assert.All(cards, card => Assert.Empty(CardValidator.Validate(card)));
        Assert.True(ExpectationsCardFactory.PageCount(expectations, language) >= 10);
    }
}
