using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;

namespace TicBot.Methodology.Rules.Planning;

/// <summary>
/// Dates the planning tasks on working days: each task starts on the first working day after the project start,
/// its dependencies and its "not before" key date, and lasts its duration; tasks that cannot end before their key
/// date are reported, with the dates, rather than refused.
/// </summary>
public static class PlanBuilder
{
    /// <summary>Builds the plan. Pure: the same request gives the same result.</summary>
    public static PlanResult Build(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.KeyDates);
        ArgumentNullException.ThrowIfNull(request.Tasks);
        var keys = request.KeyDates;
        if (keys.FirstOrderProblem() is { } order)
        {
            return Fail(new PlanProblem("plan.key-dates-order", null, PlanMessages.KeyDatesOrder(Kind(order.Earlier), Date(keys, Kind(order.Earlier)), Kind(order.Later), Date(keys, Kind(order.Later)))));
        }

        var tasks = request.Tasks.Where(t => !request.ExcludedTaskIds.Contains(t.TaskId)).ToList();
        var problems = Check(request, tasks);
        if (problems.Count > 0)
        {
            return new PlanResult(null, problems);
        }

        var ordered = TopologicalOrder(tasks, request.ExcludedTaskIds);
        if (ordered is null)
        {
            return Fail(new PlanProblem("plan.cycle", null, PlanMessages.Cycle()));
        }

        var calendar = new WorkingDayCalendar(request.HolidayZone);
        var dated = new Dictionary<string, PlannedTask>();
        foreach (var task in ordered)
        {
            var duration = request.DurationOverrides.GetValueOrDefault(task.TaskId, task.WorkingDays);
            var start = calendar.OnOrAfter(keys.ProjectStart);
            var depsEnd = task.DependsOn.Where(dated.ContainsKey).Select(d => dated[d].End).DefaultIfEmpty().Max();
            if (depsEnd != default)
            {
                start = Later(start, calendar.AddWorkingDays(depsEnd, 1));
            }

            var anchor = task.StartsNotBefore is { } kind ? Date(keys, kind) : null;
            if (anchor is { } a)
            {
                start = Later(start, calendar.AddWorkingDays(a, task.LagWorkingDays));
            }
            else if (task.LagWorkingDays > 0 && depsEnd != default)
            {
                start = Later(start, calendar.AddWorkingDays(depsEnd, task.LagWorkingDays + 1));
            }

            var end = calendar.AddWorkingDays(start, duration - 1);
            dated[task.TaskId] = new PlannedTask(task.TaskId, start, end, duration);
            if (task.EndsBefore.Select(k => (Kind: k, Date: Date(keys, k))).FirstOrDefault(k => k.Date is not null) is { Date: { } deadline } due
                && end >= deadline)
            {
                problems.Add(new PlanProblem("plan.late", task.TaskId, PlanMessages.Late(task.TaskId, end, due.Kind, deadline)));
            }
        }

        var plan = new ProjectPlan
        {
            KeyDates = keys,
            HolidayZone = request.HolidayZone,
            Tasks = [.. tasks.Select(t => dated[t.TaskId])],
        };
        return new PlanResult(plan, problems);
    }

    private static List<PlanProblem> Check(PlanRequest request, List<PlanTaskTemplate> tasks)
    {
        var problems = new List<PlanProblem>();
        var known = request.Tasks.Select(t => t.TaskId).ToHashSet();
        var content = MethodologyCatalog.Load().For(ContentLanguage.French);
        foreach (var task in tasks)
        {
            if (content.PlanningTasks.All(c => c.Id != task.TaskId) || tasks.Count(t => t.TaskId == task.TaskId) > 1)
            {
                problems.Add(new PlanProblem("plan.unknown-task", task.TaskId, PlanMessages.UnknownTask(task.TaskId)));
            }

            if (request.DurationOverrides.GetValueOrDefault(task.TaskId, task.WorkingDays) is < 1 or > 2000)
            {
                problems.Add(new PlanProblem("plan.invalid-duration", task.TaskId, PlanMessages.InvalidDuration(task.TaskId)));
            }

            foreach (var dependency in task.DependsOn.Where(d => !known.Contains(d)))
            {
                problems.Add(new PlanProblem("plan.unknown-dependency", task.TaskId, PlanMessages.UnknownDependency(task.TaskId, dependency)));
            }
        }

        return problems;
    }

    private static List<PlanTaskTemplate>? TopologicalOrder(List<PlanTaskTemplate> tasks, IReadOnlySet<string> excluded)
    {
        var result = new List<PlanTaskTemplate>();
        var placed = new HashSet<string>();
        while (result.Count < tasks.Count)
        {
            // Template order breaks ties, so plans read in the seed's order.
            var next = tasks.FirstOrDefault(t => !placed.Contains(t.TaskId)
                && t.DependsOn.All(d => placed.Contains(d) || excluded.Contains(d)));
            if (next is null)
            {
                return null;
            }

            result.Add(next);
            placed.Add(next.TaskId);
        }

        return result;
    }

    private static PlanResult Fail(PlanProblem problem) => new(null, [problem]);

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static KeyDateKind Kind(string name) => Enum.Parse<KeyDateKind>(name);

    internal static DateOnly? Date(KeyDates keys, KeyDateKind kind) => kind switch
    {
        KeyDateKind.ProjectStart => keys.ProjectStart,
        KeyDateKind.ConsultationLaunch => keys.ConsultationLaunch,
        KeyDateKind.PilotStart => keys.PilotStart,
        _ => keys.GoLive,
    };
}
