using System.Text.Json.Serialization;

namespace TicBot.Methodology.Projects;

public sealed partial class Project
{
    private List<Committee> _committees = [];
    private List<CommunicationMilestone> _milestones = [];

    /// <summary>The committees that run the project.</summary>
    [JsonInclude]
    public IReadOnlyList<Committee> Committees { get => _committees; internal set => _committees = [.. value ?? []]; }

    /// <summary>The plan. <value>Null until a plan is set.</value></summary>
    [JsonInclude]
    public ProjectPlan? Plan { get; internal set; }

    /// <summary>The communication milestones, by due date.</summary>
    [JsonInclude]
    public IReadOnlyList<CommunicationMilestone> Milestones { get => _milestones; internal set => _milestones = [.. value ?? []]; }

    /// <summary>Adds (empty id) or replaces a committee; returns it as stored.</summary>
    /// <exception cref="MethodologyException">Blank name, unknown id, or a meeting interval below one week.</exception>
    public Committee SaveCommittee(Committee committee, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(committee);
        var stored = committee with { Name = RequireText(committee.Name, "committee name"), MemberNames = committee.MemberNames ?? [] };
        if (committee.MeetingEveryWeeks is < 1)
        {
            throw new MethodologyException("A committee meets at most once a week.");
        }

        if (string.IsNullOrEmpty(committee.Id))
        {
            CheckRoom(_committees.Count, "committees");
            stored = stored with { Id = NewId("com") };
            _committees.Add(stored);
        }
        else
        {
            var index = _committees.FindIndex(c => c.Id == committee.Id);
            _committees[index >= 0 ? index : throw new MethodologyException($"No committee '{committee.Id}' in this project.")] = stored;
        }

        Record(actor, at, HistoryAction.CommitteeSaved, stored.Id);
        return stored;
    }

    /// <summary>Removes a committee; unknown ids do nothing.</summary>
    public void RemoveCommittee(string committeeId, Actor actor, DateTimeOffset at)
    {
        if (_committees.RemoveAll(c => c.Id == committeeId) > 0)
        {
            Record(actor, at, HistoryAction.CommitteeRemoved, committeeId);
        }
    }

    /// <summary>Sets the plan (usually built by <c>PlanBuilder</c>). Completion marks of tasks kept in the new plan are preserved.</summary>
    /// <exception cref="MethodologyException">Key dates out of order (e.g. a pilot after the go-live it precedes),
    /// a task ending before it starts, or a task listed twice.</exception>
    public void SetPlan(ProjectPlan plan, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.KeyDates.FirstOrderProblem() is { } problem)
        {
            throw new MethodologyException($"{problem.Later} cannot come before {problem.Earlier}.", problem.Earlier, problem.Later);
        }

        if (plan.Tasks.FirstOrDefault(t => t.End < t.Start || t.WorkingDays < 1) is { } bad)
        {
            throw new MethodologyException($"Task '{bad.TaskId}' ends before it starts.");
        }

        if (plan.Tasks.GroupBy(t => t.TaskId).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new MethodologyException($"Task '{twice.Key}' is listed twice.");
        }

        var tasks = plan.Tasks.Select(t => t with { CompletedAt = t.CompletedAt ?? Plan?.FindTask(t.TaskId)?.CompletedAt }).ToList();
        Plan = plan with { Tasks = tasks };
        Record(actor, at, HistoryAction.PlanSet);
    }

    /// <summary>Marks a planned task done; marking it again does nothing.</summary>
    /// <exception cref="MethodologyException">No plan, or the plan has no such task.</exception>
    public void CompleteTask(string taskId, Actor actor, DateTimeOffset at)
    {
        var task = Plan?.FindTask(taskId) ?? throw new MethodologyException($"The plan has no task '{taskId}'.");
        if (task.CompletedAt is not null)
        {
            return;
        }

        Plan = Plan with { Tasks = [.. Plan.Tasks.Select(t => t.TaskId == taskId ? t with { CompletedAt = at } : t)] };
        Record(actor, at, HistoryAction.TaskCompleted, taskId);
    }

    /// <summary>Replaces the planned milestones; those already done or cancelled are kept as they are.</summary>
    /// <exception cref="MethodologyException">Two milestones share an id, or a reminder lead time is negative.</exception>
    public void SetMilestones(IReadOnlyList<CommunicationMilestone> milestones, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        var kept = _milestones.Where(m => m.Status != MilestoneStatus.Planned).ToList();
        var incoming = milestones.Where(m => !kept.Exists(k => k.Id == m.Id)).ToList();
        if (incoming.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new MethodologyException($"Milestone '{twice.Key}' is listed twice.");
        }

        if (incoming.FirstOrDefault(m => m.ReminderLeadDays < 0) is { } bad)
        {
            throw new MethodologyException($"Milestone '{bad.Id}' has a negative reminder lead time.");
        }

        if (incoming.FirstOrDefault(m => m.RecurEveryMonths is < 1 or > 60) is { } badRecurrence)
        {
            throw new MethodologyException($"Milestone '{badRecurrence.Id}' must recur every 1 to 60 months.");
        }

        _milestones = [.. kept.Concat(incoming.Select(m => m with { Status = MilestoneStatus.Planned, DoneAt = null })).OrderBy(m => m.Due).ThenBy(m => m.Id, StringComparer.Ordinal)];
        Record(actor, at, HistoryAction.MilestonesSet);
    }

    /// <summary>
    /// Marks a milestone done (or cancelled). Repeating the same mark does nothing. Closing an occurrence of a
    /// recurring action plans its next occurrence, unless one is already there: the recurrence has no end date.
    /// </summary>
    /// <exception cref="MethodologyException">Unknown milestone, or reopening it to Planned.</exception>
    public void CloseMilestone(string milestoneId, MilestoneStatus status, Actor actor, DateTimeOffset at)
    {
        var index = _milestones.FindIndex(m => m.Id == milestoneId);
        if (index < 0)
        {
            throw new MethodologyException($"No milestone '{milestoneId}' in this project.");
        }

        var current = _milestones[index];
        if (status == MilestoneStatus.Planned && current.Status != MilestoneStatus.Planned)
        {
            throw new MethodologyException($"Milestone '{milestoneId}' is closed; plan a new one instead.", current.Status.ToString(), status.ToString());
        }

        if (current.Status == status)
        {
            return;
        }

        _milestones[index] = current with { Status = status, DoneAt = status == MilestoneStatus.Done ? at : null };
        if (current.NextOccurrence() is { } next && !_milestones.Exists(m => m.Id == next.Id))
        {
            var calendar = new Rules.Calendar.WorkingDayCalendar(Plan?.HolidayZone ?? Profile.HolidayZone);
            _milestones = [.. _milestones.Append(next with { Due = calendar.OnOrAfter(next.Due) }).OrderBy(m => m.Due).ThenBy(m => m.Id, StringComparer.Ordinal)];
        }

        Record(actor, at, status == MilestoneStatus.Done ? HistoryAction.MilestoneDone : HistoryAction.MilestoneCancelled, milestoneId);
    }
}
