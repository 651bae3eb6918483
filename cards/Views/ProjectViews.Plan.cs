using TicBot.Methodology;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;

namespace TicBot.Cards.Views;

public static partial class ProjectViews
{
    /// <summary>
    /// The plan's view: tasks grouped into phases cut by the key dates (before the consultation, from the
    /// consultation, from the pilot sites, from the go-live), each phase in date order.
    /// </summary>
    public static PlanView Plan(Project project, MethodologyContent content, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(content);
        if (project.Plan is not { } plan)
        {
            return new PlanView(project.Name, today, []);
        }

        var language = content.Language;
        var english = language == ContentLanguage.English;
        var cuts = new (DateOnly? Date, string French, string English)[]
        {
            (plan.KeyDates.ConsultationLaunch, "Consultation et équipement", "Tender and equipment"),
            (plan.KeyDates.PilotStart, "Sites pilotes", "Pilot sites"),
            (plan.KeyDates.GoLive, "Mise en service", "Go-live"),
        }.Where(c => c.Date is not null).ToList();

        string PhaseOf(PlannedTask task)
        {
            var cut = cuts.LastOrDefault(c => c.Date <= task.Start);
            return cut.Date is { } from
                ? $"{(english ? cut.English : cut.French)} ({(english ? "from" : "à partir du")} {DisplayFormat.Date(from, language)})"
                : english ? "Preparation" : "Préparation";
        }

        var phases = plan.Tasks
            .OrderBy(t => t.Start).ThenBy(t => t.End)
            .GroupBy(PhaseOf)
            .Select(g => new PlanPhaseView(g.Key, [.. g.Select(t => new PlanTaskView(
                t.TaskId,
                content.FindItem(t.TaskId)?.Title ?? t.TaskId,
                t.End,
                t.CompletedAt is not null))]))
            .ToList();
        return new PlanView(project.Name, today, phases);
    }

    /// <summary>The communication milestones' view, in due-date order.</summary>
    public static MilestonesView Milestones(Project project, MethodologyContent content, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(content);
        return new MilestonesView(project.Name, today, [.. project.Milestones.Select(m => Milestone(m, content))]);
    }

    /// <summary>The reminder card's view for a communication milestone.</summary>
    /// <param name="reminderId">The id the scheduler stores the reminder under; it comes back in the buttons' data.</param>
    public static ReminderView Reminder(string reminderId, Project project, CommunicationMilestone milestone, MethodologyContent content, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reminderId);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(milestone);
        var view = Milestone(milestone, content);
        return new ReminderView(reminderId, project.Name, view.Title, view.Why, milestone.Due, today, view.IsAddition, view.AdditionNote);
    }

    private static MilestoneView Milestone(CommunicationMilestone milestone, MethodologyContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var action = content.FindCommunicationAction(milestone.ActionId);
        var audience = string.Join(", ", milestone.Audiences.Select(content.AudienceLabel));
        return new MilestoneView(
            milestone.Id,
            action?.Title ?? milestone.ActionId,
            audience,
            milestone.Due,
            milestone.Status == MilestoneStatus.Done,
            action?.Why ?? string.Empty,
            milestone.Status == MilestoneStatus.Cancelled,
            action?.IsAddition ?? false,
            action?.AdditionNote,
            milestone.RecurEveryMonths);
    }
}
