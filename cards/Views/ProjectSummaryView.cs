namespace TicBot.Cards.Views;

/// <summary>What the project summary card shows.</summary>
/// <param name="Phase">The project's current phase in words; null when not known.</param>
public sealed record ProjectSummaryView(
    string ProjectName,
    string? Phase,
    IReadOnlyList<ChecklistProgressView> Checklists,
    IReadOnlyList<HealthFlagView> Flags);
