namespace TicBot.Methodology.Content;

/// <summary>The stable ids of the six checklists.</summary>
public static class ChecklistIds
{
    /// <summary>The key steps to get right ("Les étapes clés à réussir").</summary>
    public const string KeySteps = "checklist.keysteps";

    /// <summary>The mistakes to avoid ("Les erreurs à ne pas commettre").</summary>
    public const string Mistakes = "checklist.mistakes";

    /// <summary>Security from the design phase onwards.</summary>
    public const string Security = "checklist.security";

    /// <summary>The organisation study.</summary>
    public const string OrganisationStudy = "checklist.organisation";

    /// <summary>Agent training, including the degraded mode.</summary>
    public const string Training = "checklist.training";

    /// <summary>Communication at every step.</summary>
    public const string Communication = "checklist.communication";

    /// <summary>All six ids, in display order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [KeySteps, Mistakes, Security, OrganisationStudy, Training, Communication];
}
