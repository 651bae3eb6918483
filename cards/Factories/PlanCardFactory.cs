using TicBot.Cards.Actions;
using TicBot.Methodology;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// The plan: dated tasks grouped by phase, each late one flagged "en retard" in words, cut into pages
/// that fit 25 KB. A task is late when it is not done and its date is before <see cref="PlanView.Today"/>.
/// </summary>
public static class PlanCardFactory
{
    /// <summary>Tasks per page at most.</summary>
    public const int MaxTasksPerPage = 20;

    public static int PageCount(PlanView plan, ContentLanguage language) => Pages(plan, language).Count;

    /// <param name="page">From 0; out-of-range values show the nearest page.</param>
    public static AdaptiveCard Create(PlanView plan, int page, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var pages = Pages(plan, language);
        page = CardPager.Clamp(page, pages.Count);
        return Build(plan, Flatten(plan), pages[page], page, pages.Count, language);
    }

    private static List<(string Phase, PlanTaskView Task)> Flatten(PlanView plan)
        => [.. plan.Phases.SelectMany(phase => phase.Tasks.Select(task => (phase.Title, task)))];

    private static IReadOnlyList<Range> Pages(PlanView plan, ContentLanguage language)
    {
        var tasks = Flatten(plan);
        return CardPager.Pages(tasks.Count, MaxTasksPerPage, range => Build(plan, tasks, range, 1, 3, language));
    }

    private static AdaptiveCard Build(PlanView plan, List<(string Phase, PlanTaskView Task)> tasks, Range range, int page, int pageCount, ContentLanguage language)
    {
        var title = T(language, $"Planification — {Clip(plan.ProjectName)}", $"Planning — {Clip(plan.ProjectName)}");
        var late = tasks.Count(t => IsLate(t.Task, plan.Today));
        var done = tasks.Count(t => t.Task.Done);
        List<AdaptiveElement> body =
        [
            Heading(title),
            Paragraph(T(language,
                $"{Count(language, tasks.Count, "tâche", "tâches", "", "")} : {Count(language, done, "faite", "faites", "", "")}, {late} en retard au {DisplayFormat.Date(plan.Today, language)}.",
                $"{Count(language, tasks.Count, "", "", "task", "tasks")}: {done} done, {late} late as of {DisplayFormat.Date(plan.Today, language)}.")),
        ];
        if (pageCount > 1)
        {
            body.Add(Subtle(T(language, $"Page {page + 1} sur {pageCount}", $"Page {page + 1} of {pageCount}")));
        }

        if (tasks.Count == 0)
        {
            body.Add(Paragraph(T(language, "Aucune tâche n’est encore planifiée.", "No task is planned yet.")));
        }
        else
        {
            body.Add(AdditionText.Note(T(language,
                "les durées et les enchaînements des tâches sont des estimations de TicBot, indicatives ; ajustez-les à votre projet.",
                "the durations and sequence of the tasks are TicBot’s estimates, indicative; adjust them to your project."), language));
        }

        string? phase = null;
        var (offset, length) = range.GetOffsetAndLength(tasks.Count);
        foreach (var (taskPhase, task) in tasks.Skip(offset).Take(length))
        {
            if (taskPhase != phase)
            {
                phase = taskPhase;
                body.Add(Subheading(phase));
            }

            body.Add(Task(task, plan.Today, language));
        }

        List<AdaptiveAction> actions = [];
        if (page > 0)
        {
            actions.Add(new SubmitAction(T(language, "Page précédente", "Previous page")) { Data = new PlanShowData(page - 1) });
        }

        if (page < pageCount - 1)
        {
            actions.Add(new SubmitAction(T(language, "Page suivante", "Next page")) { Data = new PlanShowData(page + 1) });
        }

        actions.Add(MenuButton(language));
        return Card(language, title, body, actions);
    }

    private static bool IsLate(PlanTaskView task, DateOnly today) => !task.Done && task.Due < today;

    private static RichTextBlock Task(PlanTaskView task, DateOnly today, ContentLanguage language)
    {
        List<TextRun> runs = [new(DisplayFormat.Date(task.Due, language)) { Weight = TextWeight.Bolder }, new(" — " + task.Title)];
        if (task.Done)
        {
            runs.Add(new TextRun(T(language, " — fait", " — done")) { Color = TextColor.Good });
        }
        else if (IsLate(task, today))
        {
            runs.Add(new TextRun(T(language, " — en retard", " — late")) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        return new RichTextBlock(runs) { Spacing = Spacing.Small };
    }
}
