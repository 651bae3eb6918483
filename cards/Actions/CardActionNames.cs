namespace TicBot.Cards.Actions;

/// <summary>
/// The <c>action</c> names carried in card data, also used as Action.Execute verbs. They are part of
/// the wire contract with cards already posted in conversations: never rename one, add a new name.
/// </summary>
public static class CardActionNames
{
    /// <summary>Shows the main menu.</summary>
    public const string MenuShow = "menu.show";

    /// <summary>Opens a main-menu entry (<c>entry</c>).</summary>
    public const string MenuOpen = "menu.open";

    /// <summary>Shows a page of a checklist (<c>checklist</c>, <c>page</c>) without saving anything.</summary>
    public const string ChecklistShow = "checklist.show";

    /// <summary>
    /// Saves the ticks of the items shown on a page (<c>checklist</c>, <c>page</c>, <c>items</c>, the
    /// toggles' values) and shows page <c>goto</c> (the same page when absent).
    /// </summary>
    public const string ChecklistSave = "checklist.save";

    /// <summary>Explains why one checklist item matters (<c>item</c>).</summary>
    public const string ChecklistWhy = "checklist.why";

    public const string ReminderDone = "reminder.done";
    public const string ReminderSnooze = "reminder.snooze";
    public const string ReminderStop = "reminder.stop";

    /// <summary>Shows a page of the ranked expectations (<c>page</c>).</summary>
    public const string ExpectationsShow = "expectations.show";

    /// <summary>Shows a page of the plan (<c>page</c>).</summary>
    public const string PlanShow = "plan.show";

    /// <summary>Shows the project summary.</summary>
    public const string ProjectSummary = "project.summary";

    /// <summary>Answers the question being asked with option number <c>choice</c> (from 1).</summary>
    public const string PromptChoice = "prompt.choice";

    /// <summary>
    /// Answers the question being asked with the card's input <c>answer</c> (typed text, a number, a date), or with
    /// the button's own <c>answer</c> (oui/non).
    /// </summary>
    public const string QuestionAnswer = "question.answer";

    /// <summary>Lists the place's projects (<c>archived</c>: the archived ones; <c>page</c>).</summary>
    public const string ProjectsShow = "projects.show";

    /// <summary>Does <c>op</c> (open, new, manage, rename, archive, restore, delete, transfer) on the card's project.</summary>
    public const string ProjectManage = "project.manage";
}
