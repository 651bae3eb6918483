using Microsoft.Extensions.Time.Testing;
using TicBot.Cards.Tests.Support;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Health;
using TicBot.Methodology.Rules.Study;

namespace TicBot.Cards.Tests.Views;

public sealed class ProjectViewsTests
{
    private static readonly MethodologyContent French = SampleProjects.Content(ContentLanguage.French);
    private static readonly MethodologyContent English = SampleProjects.Content(ContentLanguage.English);

    [Fact]
    public void Checklist_Project_CarriesItsTicksAndTheContentInTheLanguage()
    {
        var project = LargestProject.Build();

        var view = ProjectViews.Checklist(project, ChecklistIds.Security, English);

        Assert.Equal(English.GetChecklist(ChecklistIds.Security).Title, view.Title);
        Assert.Equal(project.GetChecklistProgress(ChecklistIds.Security).Ticked, view.TickedCount);
        Assert.All(view.Items, i => Assert.Equal(project.IsTicked(ChecklistIds.Security, i.Id), i.Ticked));
    }

    [Fact]
    public void Summary_Project_ListsTheSixChecklistsWithProgressAndThePhase()
    {
        var project = LargestProject.Build();

        var view = ProjectViews.Summary(project, French);

        Assert.Equal(ChecklistIds.All, view.Checklists.Select(c => c.Id));
        Assert.Equal(project.GetAllChecklistProgress().Select(p => (p.SeedTicked, p.SeedTotal, p.AdditionTicked, p.AdditionTotal)), view.Checklists.Select(c => (c.SeedTicked, c.SeedTotal, c.AdditionTicked, c.AdditionTotal)));
        Assert.Equal("Scénario validé", view.Phase);
        Assert.Empty(view.Flags);
    }

    [Fact]
    public void Comparison_Project_FollowsTheRankingAndRecommendsTheSoleLeader()
    {
        var project = LargestProject.Build();
        var comparison = ScenarioStudy.Compare(project);

        var view = ProjectViews.Comparison(project, comparison, ContentLanguage.French);

        Assert.Equal(comparison.Ranking.Select(r => r.Evaluation.ScenarioId), view.Scenarios.Select(s => s.Id));
        Assert.Equal(comparison.LeaderId, Assert.Single(view.Scenarios, s => s.Recommended).Id);
        Assert.NotEmpty(view.Reasons);
        Assert.All(view.Scenarios, s => Assert.NotNull(s.Finance));
        Assert.Contains("(poids 4/5)", view.Scenarios[0].Advantages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Comparison_TiedScenarios_RecommendsNone()
    {
        var project = LargestProject.Build(expectations: 0, scenarios: 0);
        project.SaveScenario(new Scenario { Name = "A" }, new Actor("u", "U"), LargestProject.Now);
        project.SaveScenario(new Scenario { Name = "B" }, new Actor("u", "U"), LargestProject.Now);

        var view = ProjectViews.Comparison(project, ScenarioStudy.Compare(project), ContentLanguage.French);

        Assert.DoesNotContain(view.Scenarios, s => s.Recommended);
        Assert.All(view.Scenarios, s => Assert.Null(s.Finance));
    }

    [Fact]
    public void Decision_ValidatedScenario_GivesNameDateAndOthers()
    {
        var project = LargestProject.Build();

        var view = ProjectViews.Decision(project, ScenarioStudy.Compare(project))!;

        Assert.Equal(project.Scenarios[1].Name, view.ScenarioName);
        Assert.Equal(new DateOnly(2027, 2, 23), view.DecidedOn);
        Assert.Equal("Camille Martin", view.DecidedBy);
        Assert.Equal(4, view.OtherScenarios.Count);
        Assert.NotNull(view.Finance);
    }

    [Fact]
    public void Decision_NothingValidated_IsNull()
    {
        var project = LargestProject.Build();
        project.ReopenDecision(new Actor("u", "U"), LargestProject.Now);

        Assert.Null(ProjectViews.Decision(project, ScenarioStudy.Compare(project)));
    }

    [Fact]
    public void Plan_Project_GroupsTasksByKeyDatesWithContentTitles()
    {
        var project = LargestProject.Build();

        var view = ProjectViews.Plan(project, French, SampleProjects.Today);
        var tasks = view.Phases.SelectMany(p => p.Tasks).ToList();

        Assert.Equal(project.Plan!.Tasks.Count, tasks.Count);
        Assert.Equal("Préparation", view.Phases[0].Title);
        Assert.StartsWith("Consultation et équipement (à partir du 1er\u00A0juin\u00A02027)", view.Phases[1].Title, StringComparison.Ordinal);
        Assert.All(tasks, t => Assert.Equal(French.FindItem(t.Id)!.Title, t.Title));
        Assert.Single(tasks, t => t.Done);
    }

    [Fact]
    public void Plan_NoPlan_IsEmpty()
    {
        var project = Project.Create("p", "Projet", new CollectiviteProfile(), new Actor("u", "U"), LargestProject.Now);

        Assert.Empty(ProjectViews.Plan(project, French, SampleProjects.Today).Phases);
    }

    [Fact]
    public void MilestonesAndReminder_Project_UseTheCommunicationContent()
    {
        var project = LargestProject.Build();
        var milestone = project.Milestones[1];
        var action = English.FindCommunicationAction(milestone.ActionId)!;

        var milestones = ProjectViews.Milestones(project, English, SampleProjects.Today);
        var reminder = ProjectViews.Reminder("rem-1", project, milestone, English, SampleProjects.Today);

        Assert.Equal(project.Milestones.Count, milestones.Milestones.Count);
        Assert.True(milestones.Milestones[0].Done);
        Assert.Equal(action.Title, reminder.What);
        Assert.Equal(action.Why, reminder.Why);
        Assert.Equal(milestone.Due, reminder.Due);
    }

    [Fact]
    public void Expectations_Project_InRankOrderWithTheSourceInWords()
    {
        var project = LargestProject.Build();

        var view = ProjectViews.Expectations(project, ContentLanguage.English);

        Assert.Equal(30, view.Expectations.Count);
        Assert.Equal(Enumerable.Range(1, 30), view.Expectations.Select(e => e.Rank));
        Assert.Equal("Field survey", view.Expectations[0].Source);
    }

    [Fact]
    public void Summary_HealthFlags_KeepTheirOrderTextsAndLeadToTheirChecklist()
    {
        var project = Project.Create("p", "Projet", new CollectiviteProfile(), new Actor("u", "U"), LargestProject.Now.AddMonths(-14));
        var flags = ProjectHealth.Assess(project, new FakeTimeProvider(LargestProject.Now));

        var view = ProjectViews.Summary(project, French, flags);

        Assert.NotEmpty(flags);
        Assert.Equal(flags.Select(f => f.Title(French)), view.Flags.Select(f => f.Title));
        Assert.Equal(flags.Select(f => f.Severity), view.Flags.Select(f => f.Severity));
        Assert.All(view.Flags, f => Assert.False(string.IsNullOrWhiteSpace(f.SuggestedAction)));
        Assert.All(view.Flags.Where(f => f.Action is not null), f => Assert.StartsWith("Voir la liste\u00A0: ", f.ActionTitle, StringComparison.Ordinal));
    }
}
