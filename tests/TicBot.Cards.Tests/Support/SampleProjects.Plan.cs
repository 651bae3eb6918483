using TicBot.Cards.Views;
using TicBot.Methodology.Content;

namespace TicBot.Cards.Tests.Support;

internal static partial class SampleProjects
{
    /// <summary>A plan with <paramref name="taskCount"/> tasks spread over four phases, some done, some late.</summary>
    public static PlanView Plan(ContentLanguage language, int taskCount = 8)
    {
        var content = Content(language);
        string[] phases = language == ContentLanguage.English
            ? ["Preparation", "Tender and technical choices", "Deployment on the pilot sites", "Roll-out and operation"]
            : ["Préparation", "Consultation et choix techniques", "Déploiement sur les sites pilotes", "Généralisation et exploitation"];
        var perPhase = (int)Math.Ceiling(taskCount / (double)phases.Length);
        var tasks = Enumerable.Range(0, taskCount).Select(i =>
        {
            var template = content.PlanningTasks[i % content.PlanningTasks.Count];
            var title = i < content.PlanningTasks.Count
                ? template.Title
                : T(language, $"{template.Title} — lot {(i / content.PlanningTasks.Count) + 1}", $"{template.Title} — batch {(i / content.PlanningTasks.Count) + 1}");
            return new PlanTaskView($"task-{i + 1}", title, Today.AddDays((i * 9) - 40), Done: i % 5 == 0);
        }).ToList();
        return new PlanView(ProjectName(language), Today,
            [.. phases.Select((p, index) => new PlanPhaseView(p, [.. tasks.Skip(index * perPhase).Take(perPhase)])).Where(p => p.Tasks.Count > 0)]);
    }

    public static MilestonesView Milestones(ContentLanguage language)
    {
        var content = Content(language);
        var milestones = content.CommunicationActions.Select((action, i) =>
            MilestoneView.From(action, content, i == content.CommunicationActions.Count - 1 ? null : Today.AddDays((i * 30) - 45), done: i == 0)
                with { RecurEveryMonths = action.Id == "comm.operation-regular" ? 6 : null }).ToList();
        return new MilestonesView(ProjectName(language), Today, milestones);
    }

    /// <summary>The largest realistic project: five scenarios with long pros and cons, sixty tasks.</summary>
    public static ScenarioComparisonView LargestComparison(ContentLanguage language)
    {
        var comparison = Comparison(language, 5);
        var longer = comparison.Scenarios.Select(s => s with
        {
            Advantages = [.. s.Advantages, .. s.Advantages.Select(a => a + T(language, ", ce qui rassure les élus et les agents", ", which reassures elected officials and staff"))],
            Drawbacks = [.. s.Drawbacks, .. s.Drawbacks.Select(d => d + T(language, ", à surveiller pendant toute la durée du marché", ", to watch for the whole contract"))],
        }).ToList();
        return comparison with { Scenarios = longer };
    }

    public static PlanView LargestPlan(ContentLanguage language) => Plan(language, 60);
}
