namespace TicBot.Cards.Views;

/// <summary>What the communication milestones card shows.</summary>
public sealed record MilestonesView(string ProjectName, DateOnly Today, IReadOnlyList<MilestoneView> Milestones);
